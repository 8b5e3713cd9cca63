import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkItems, kecamatanLookup } from '../../../hub/ingest/check.ts';
import { shippedMaster } from '../../../hub/master-seed.ts';
import { openSqliteStore } from '../../../hub/store/sqlite/open.ts';
import type { HubStore, PushStored } from '../../../hub/store/types.ts';
import { judge, type Judge } from '../../../hub/sync/judge.ts';
import { strictAssert, type Operation, type SyncOp } from '../../../shared/index.ts';
import { item, NO_READS, VERIFY } from './hub.ts';

/*
 * A push runs all its operations in one store transaction (one commit instead of one per operation).
 * These pin down that each operation still behaves as if it came alone: its own version, the state the
 * ones before it left, a gap or a failure that keeps what came before it.
 */

const PRIORITY: Operation = { name: 'set_priority', args: { priority: 'tinggi' } };

let dir: string;
let store: HubStore;
let pokes: number[];
let ids: string[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'saring-push-batch-'));
  pokes = [];
  store = openSqliteStore(dir, (version) => pokes.push(version));
  await store.saveMaster(shippedMaster(null));
  const master = await store.master();
  strictAssert(master, 'master data was just saved');
  await store.saveUser({
    id: randomUUID(),
    username: 'moderator',
    displayName: 'Moderator',
    role: 'moderator',
    dinasId: null,
    active: true,
    passwordHash: 'not-used-here',
    isDemo: false,
  });
  const { drafts } = checkItems([item(), item(), item()], kecamatanLookup(master.data));
  ids = (await store.ingest(drafts.map((d) => d.draft))).map((r) => r.id);
  pokes = [];
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function opsOf(...steps: [complaintId: string, operation: Operation][]): SyncOp[] {
  return steps.map(([complaintId, operation], i) => ({
    opId: randomUUID(),
    clientSeq: i + 1,
    complaintId,
    operation,
    readSet: NO_READS,
    actor: 'moderator',
    device: 'test-pc',
    at: new Date().toISOString(),
  }));
}

const answered = (stored: PushStored) => {
  if (stored.kind !== 'answered') throw new Error(JSON.stringify(stored));
  return stored;
};

function ledger(): { opId: string; version: number }[] {
  const db = new Database(join(dir, 'hub.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT op_id AS opId, version FROM applied_op ORDER BY version').all() as {
      opId: string;
      version: number;
    }[];
  } finally {
    db.close();
  }
}

describe('one push, one transaction', () => {
  it('gives each operation its own version, judges it on what the ones before left, pokes once', async () => {
    const [a = '', b = ''] = ids;
    const head = await store.version();
    const ops = opsOf([a, VERIFY], [b, PRIORITY], [a, VERIFY]);
    const { results, lastClientSeq } = answered(await store.push(randomUUID(), 'pusher', ops, judge));
    // The second verify of the item meets the first one's decision: converged, not applied twice.
    expect(results.map((r) => r.outcome)).toEqual(['applied', 'applied', 'converged']);
    expect(results.map((r) => ('version' in r ? r.version : null))).toEqual([head + 1, head + 2, head + 3]);
    expect(lastClientSeq).toBe(3);
    // Desktops hear the head once, after the commit.
    expect(pokes).toEqual([head + 3]);
  });

  it('stops at a seq gap with what came before it kept; the resend answers those from the ledger', async () => {
    const [a = '', b = ''] = ids;
    const clientId = randomUUID();
    const ops = opsOf([a, VERIFY], [b, VERIFY], [b, PRIORITY]);
    const [first, second, third] = ops;
    strictAssert(first && second && third, 'three operations');
    const gap = await store.push(clientId, 'pusher', [first, third], judge);
    expect(gap).toEqual({ kind: 'seq_gap', clientSeq: 3, expectedSeq: 2 });
    expect(ledger().map((r) => r.opId)).toEqual([first.opId]);
    const again = answered(await store.push(clientId, 'pusher', ops, judge));
    expect(again.results.map((r) => r.outcome)).toEqual(['applied', 'applied', 'applied']);
    expect(ledger().map((r) => r.opId)).toEqual(ops.map((op) => op.opId));
  });

  it('a failing operation keeps the ones before it, leaves no trace itself, and is thrown', async () => {
    const [a = '', b = '', c = ''] = ids;
    const clientId = randomUUID();
    const ops = opsOf([a, VERIFY], [b, VERIFY], [c, VERIFY], [a, PRIORITY]);
    const failing = ops[2]?.opId;
    const broken: Judge = (input) => {
      if (input.op.opId === failing) throw new Error('the judge broke');
      return judge(input);
    };
    const head = await store.version();
    await expect(store.push(clientId, 'pusher', ops, broken)).rejects.toThrow('the judge broke');
    expect(ledger()).toEqual([
      { opId: ops[0]?.opId, version: head + 1 },
      { opId: ops[1]?.opId, version: head + 2 },
    ]);
    expect(await store.version()).toBe(head + 2);
    expect(pokes).toEqual([head + 2]);

    const first = answered(await store.push(clientId, 'pusher', ops.slice(0, 2), judge));
    const again = answered(await store.push(clientId, 'pusher', ops, judge));
    expect(again.results.slice(0, 2)).toEqual(first.results);
    expect(again.results.map((r) => r.outcome)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(again.results.map((r) => ('version' in r ? r.version : null))).toEqual([
      head + 1,
      head + 2,
      head + 3,
      head + 4,
    ]);
    expect(again.lastClientSeq).toBe(4);
  });
});
