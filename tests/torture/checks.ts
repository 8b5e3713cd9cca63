import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import { SyncedComplaint } from '../../shared/index.ts';
import { verifyAuditChain } from '../../electron/core/audit/verify.ts';
import { DATABASE_FILE } from '../../electron/core/index.ts';
import { readBase, readUiRow } from '../../electron/core/sync/complaint-state.ts';

/*
 * What must hold once every process has synced without faults (issue 4), read straight from the
 * databases with every process stopped. Each check returns violations as sentences; none means pass.
 */

export type DeskFacts = { name: string; dir: string; ackedSeq: number };

const rows = <T>(db: Database.Database, sql: string, ...params: unknown[]): T[] =>
  db.prepare<unknown[], T>(sql).all(...params);

/** The hub's own log: an operation has at most one event, exactly one when it was applied or converged. */
function hubLedger(hub: Database.Database): string[] {
  const found: string[] = [];
  for (const r of rows<{ opId: string; n: number }>(
    hub,
    `SELECT op_id AS opId, count(*) AS n FROM complaint_event WHERE op_id IS NOT NULL
     GROUP BY op_id HAVING count(*) > 1`,
  )) {
    found.push(`hub: operation ${r.opId} has ${r.n} events (applied twice)`);
  }
  for (const r of rows<{ opId: string; outcome: string; n: number }>(
    hub,
    `SELECT a.op_id AS opId, json_extract(a.result, '$.outcome') AS outcome,
       (SELECT count(*) FROM complaint_event e WHERE e.op_id = a.op_id) AS n FROM applied_op a`,
  )) {
    const want = r.outcome === 'applied' || r.outcome === 'converged' ? 1 : 0;
    if (r.n !== want) found.push(`hub: ${r.outcome} operation ${r.opId} has ${r.n} events, not ${want}`);
  }
  for (const r of rows<{ clientId: string; last: number; n: number; top: number }>(
    hub,
    `SELECT c.client_id AS clientId, c.last_client_seq AS last, count(a.op_id) AS n,
       ifnull(max(a.client_seq), 0) AS top
     FROM sync_client c LEFT JOIN applied_op a ON a.client_id = c.client_id GROUP BY c.client_id`,
  )) {
    if (r.n !== r.last || r.top !== r.last)
      found.push(`hub: client ${r.clientId} has ${r.n} ledger rows up to ${r.top}, lastClientSeq ${r.last}`);
  }
  return found;
}

/** Every committed local operation is in the outbox, answered by the hub once, with the hub's answer. */
function outboxAnswered(hub: Database.Database, desk: Database.Database, facts: DeskFacts): string[] {
  const found: string[] = [];
  const clientId = desk.prepare("SELECT value FROM sync_state WHERE key = 'client_id'").pluck().get();
  const outbox = rows<{ seq: number; opId: string; state: string; result: string | null }>(
    desk,
    'SELECT client_seq AS seq, op_id AS opId, state, result_json AS result FROM outbox ORDER BY client_seq',
  );
  outbox.forEach((op, i) => {
    if (op.seq !== i + 1) found.push(`${facts.name}: outbox has a gap before seq ${op.seq}`);
  });
  if (outbox.length < facts.ackedSeq)
    found.push(
      `${facts.name}: committed seq ${facts.ackedSeq} but the outbox ends at ${outbox.length} (lost)`,
    );
  const ledger = hub.prepare<[string], { clientId: string; seq: number; result: string }>(
    'SELECT client_id AS clientId, client_seq AS seq, result FROM applied_op WHERE op_id = ?',
  );
  for (const op of outbox) {
    const stored = ledger.get(op.opId);
    if (op.state === 'pending') found.push(`${facts.name}: op ${op.seq} is still pending`);
    if (!stored) {
      found.push(`${facts.name}: op ${op.seq} (${op.opId}) is not in the hub's ledger (lost)`);
      continue;
    }
    if (stored.clientId !== clientId || stored.seq !== op.seq)
      found.push(`${facts.name}: op ${op.opId} is seq ${stored.seq} of ${stored.clientId} at the hub`);
    const answer = JSON.parse(stored.result) as { outcome: string };
    if (op.state !== answer.outcome || !isDeepStrictEqual(JSON.parse(op.result ?? 'null'), answer))
      found.push(`${facts.name}: op ${op.seq} is ${op.state} here but ${stored.result} at the hub`);
  }
  const theirs = hub.prepare('SELECT count(*) FROM applied_op WHERE client_id = ?').pluck().get(clientId);
  if (theirs !== outbox.length)
    found.push(
      `${facts.name}: the hub holds ${String(theirs)} ops of this desk, its outbox ${outbox.length}`,
    );
  for (const r of rows<{ opId: string; n: number }>(
    desk,
    `SELECT op_id AS opId, count(*) AS n FROM audit_event WHERE op_id IS NOT NULL GROUP BY op_id
     HAVING count(*) > 1`,
  )) {
    found.push(`${facts.name}: operation ${r.opId} appears ${r.n} times in the local history`);
  }
  return found;
}

/** Base rows are the hub's complaints; the rows the UI reads are the base (nothing is pending). */
function sameState(hub: Database.Database, desk: Database.Database, name: string): string[] {
  const found: string[] = [];
  const hubDocs = hub
    .prepare<[], string>('SELECT doc FROM complaint ORDER BY id')
    .pluck()
    .all()
    .map((doc) => SyncedComplaint.parse(JSON.parse(doc)));
  const local = desk.prepare<[], number>('SELECT count(*) FROM complaint').pluck().get();
  if (local !== hubDocs.length) found.push(`${name}: ${local} complaints here, ${hubDocs.length} at the hub`);
  for (const doc of hubDocs) {
    const base = readBase(desk, doc.id);
    const ui = readUiRow(desk, doc.id);
    if (!base || !ui) {
      found.push(`${name}: complaint ${doc.caseNo} is missing`);
      continue;
    }
    const needsReview = desk
      .prepare<[string], number>('SELECT needs_review FROM complaint_base WHERE complaint_id = ?')
      .pluck()
      .get(doc.id);
    if (!isDeepStrictEqual(base, { state: doc.state, versions: doc.versions, hubVersion: doc.version }))
      found.push(`${name}: base of ${doc.caseNo} differs from the hub: ${JSON.stringify({ base, doc })}`);
    if ((needsReview === 1) !== doc.needsReview) found.push(`${name}: needsReview of ${doc.caseNo} differs`);
    if (
      !isDeepStrictEqual(
        { state: ui.state, versions: ui.versions },
        { state: doc.state, versions: doc.versions },
      )
    )
      found.push(`${name}: the UI row of ${doc.caseNo} is not the base: ${JSON.stringify({ ui, doc })}`);
  }
  return found;
}

/** Notes, responses, conflicts and the history came down whole, each once. */
function sameRecords(hub: Database.Database, desk: Database.Database, name: string): string[] {
  const same = (what: string, sql: string): string[] => {
    const a = JSON.stringify(rows(hub, sql));
    const b = JSON.stringify(rows(desk, sql));
    return a === b ? [] : [`${name}: ${what} differ from the hub's`];
  };
  const found = [
    ...same('notes', 'SELECT id, complaint_id, text, actor FROM note ORDER BY id'),
    ...same('responses', 'SELECT id, complaint_id, text, needs_review FROM response ORDER BY id'),
    ...same('conflicts', 'SELECT id, complaint_id, status FROM conflict ORDER BY id'),
  ];
  const events = hub.prepare<[], number>('SELECT id FROM complaint_event ORDER BY id').pluck().all();
  const mirrored = desk.prepare<[], number>('SELECT hub_id FROM synced_event ORDER BY hub_id').pluck().all();
  if (!isDeepStrictEqual(events, mirrored))
    found.push(`${name}: ${mirrored.length} hub events mirrored, the hub has ${events.length}`);
  const cursor = Number(desk.prepare("SELECT value FROM sync_state WHERE key = 'cursor'").pluck().get());
  const head = hub.prepare('SELECT version FROM hub_meta').pluck().get();
  if (cursor !== head) found.push(`${name}: cursor ${cursor}, hub head ${String(head)}`);
  const chain = verifyAuditChain(desk);
  if (chain.broken.length > 0) found.push(`${name}: audit chain broken at ${JSON.stringify(chain.broken)}`);
  return found;
}

export function checkAll(hubDir: string, desks: readonly DeskFacts[]): string[] {
  const hub = new Database(join(hubDir, 'hub.sqlite'), { readonly: true });
  try {
    const found = hubLedger(hub);
    for (const facts of desks) {
      const desk = new Database(join(facts.dir, DATABASE_FILE), { readonly: true });
      try {
        found.push(
          ...outboxAnswered(hub, desk, facts),
          ...sameState(hub, desk, facts.name),
          ...sameRecords(hub, desk, facts.name),
        );
      } finally {
        desk.close();
      }
    }
    return found;
  } finally {
    hub.close();
  }
}
