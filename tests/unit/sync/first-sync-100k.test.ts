import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { hubClient, type HubClient } from '../../../electron/core/sync/client.ts';
import { SyncFailure } from '../../../electron/core/sync/failure.ts';
import { pullAll } from '../../../electron/core/sync/pull.ts';
import { freeLoopbackPort, spawnHub, type HubProcess } from '../../../electron/embedded/hub-process.ts';
import { checkItems, kecamatanLookup } from '../../../hub/ingest/check.ts';
import { shippedMaster } from '../../../hub/master-seed.ts';
import { openSqliteStore } from '../../../hub/store/sqlite/open.ts';
import { SYNC_LIMITS, type IngestItem } from '../../../shared/index.ts';
import { tempDb, tempDir } from '../core/helpers.ts';
import { DEMO_PASSWORD, INGEST_KEY } from './desk.ts';

const COUNT = 100_000;
const BATCH = 5_000;
const START_MS = Date.parse('2025-01-01T08:00:00+07:00');

/** Small items, one a minute from New Year, so the hub's fill stays a small part of the test. */
const itemAt = (n: number): IngestItem => ({
  channel: 'instagram',
  externalId: `ig-${n}`,
  author: { handle: `@warga${n}` },
  text: `Keluhan ${n % 7 === 0 ? 'banjir' : 'jalan'} nomor ${n}`,
  receivedAt: new Date(START_MS + n * 60_000).toISOString(),
  place: { kecamatan: 'cihideung' },
});

/** The hub's own ingest at store level (one transaction per 5,000), before the hub serves them. */
async function fill(dataDir: string): Promise<void> {
  const store = openSqliteStore(dataDir, () => {});
  try {
    await store.saveMaster(shippedMaster(await store.master()));
    const master = await store.master();
    const lookup = kecamatanLookup(master?.data ?? shippedMaster(null).data);
    for (let start = 0; start < COUNT; start += BATCH) {
      const items = Array.from({ length: BATCH }, (_, i) => itemAt(start + i));
      await store.ingest(checkItems(items, lookup).drafts.map((d) => d.draft));
    }
  } finally {
    await store.close();
  }
}

/** As the runner does, a transient failure resumes from the cursor. */
async function pullToHead(db: Database.Database, client: HubClient): Promise<void> {
  for (let failures = 0; ; failures += 1) {
    try {
      await pullAll(db, client, () => {}, SYNC_LIMITS.pullRows);
      return;
    } catch (err) {
      if (failures >= 3 || !(err instanceof SyncFailure) || err.kind !== 'transient') throw err;
    }
  }
}

const open: HubProcess[] = [];
afterEach(async () => {
  for (const hub of open.splice(0)) await hub.stop();
});

describe('a first sync of 100k complaints from a real hub process on loopback', () => {
  it('brings every complaint, searchable at once, and a second pull brings nothing', async () => {
    const dataDir = tempDir();
    await fill(dataDir);
    const hub = await spawnHub({
      dataDir,
      port: await freeLoopbackPort(),
      env: { SARING_INGEST_KEY: INGEST_KEY },
      demo: true,
    });
    open.push(hub);
    const { token } = await hubClient({ url: hub.url, token: null }).signIn({
      username: 'admin',
      password: DEMO_PASSWORD,
    });
    const client = hubClient({ url: hub.url, token, timeoutMs: 120_000 });
    const { db } = tempDb();

    const started = performance.now();
    await pullToHead(db, client);
    const ms = performance.now() - started;
    console.log(
      `first sync: ${COUNT} complaints in ${(ms / 1000).toFixed(1)} s (${Math.round(COUNT / (ms / 1000))}/s)`,
    );

    const count = (sql: string) => db.prepare<[], number>(sql).pluck().get();
    expect(count('SELECT count(*) FROM complaint')).toBe(COUNT);
    expect(count('SELECT count(*) FROM complaint_base')).toBe(COUNT);
    expect(count('SELECT count(DISTINCT case_no) FROM complaint')).toBe(COUNT);
    expect(count("SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'banjir'")).toBe(
      Math.ceil(COUNT / 7),
    );
    expect(
      count("SELECT count(*) FROM complaint WHERE external_id = 'ig-99999' AND kecamatan_id = 'cihideung'"),
    ).toBe(1);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'cursor'").pluck().get()).toBe(
      String((await client.health()).version),
    );

    expect(await pullAll(db, client)).toBe(0);
  }, 600_000);
});
