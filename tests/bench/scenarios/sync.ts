import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMany } from '../../../electron/core/complaints/apply-many.ts';
import { freeLoopbackPort, spawnHub } from '../../../electron/embedded/hub-process.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { hubClient, type HubClient } from '../../../electron/core/sync/client.ts';
import { SyncFailure } from '../../../electron/core/sync/failure.ts';
import { pullAll } from '../../../electron/core/sync/pull.ts';
import { pushPending } from '../../../electron/core/sync/push.ts';
import { readCursor } from '../../../electron/core/sync/state.ts';
import { checkItems, kecamatanLookup } from '../../../hub/ingest/check.ts';
import { shippedMaster } from '../../../hub/master-seed.ts';
import { openSqliteStore } from '../../../hub/store/sqlite/open.ts';
import { SYNC_LIMITS, strictAssert, type IngestItem, type Operation } from '../../../shared/index.ts';
import { pouchReplicationMs } from '../baselines/pouchdb.ts';
import type { BenchResult, Scenario } from '../types.ts';

const MAX_COMPLAINTS = 100_000;
const PUSHED_OPS = 10_000;
const ADMIN_PASSWORD = 'bench-admin-password';
const VERIFY: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
};

type Timed = { ms: number; cpuMs: number };

/** Wall and CPU time of `run`. The CPU is this process's, the desk's: the hub runs in its own. */
async function timed(run: () => Promise<unknown>): Promise<Timed> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

const perSecond = (n: number, ms: number): number => n / (ms / 1000);

/** Filling is not timed: the hub's own ingest (store level, one transaction per 5,000 items). */
async function fillHub(dataDir: string, items: readonly IngestItem[]): Promise<string[]> {
  const store = openSqliteStore(dataDir, () => {});
  try {
    await store.saveMaster(shippedMaster(await store.master()));
    const master = await store.master();
    strictAssert(master, 'master data was just saved');
    const lookup = kecamatanLookup(master.data);
    for (let i = 0; i < items.length; i += 5_000) {
      const { drafts, invalid } = checkItems(items.slice(i, i + 5_000), lookup);
      strictAssert(invalid.length === 0, 'every demo item is valid');
      await store.ingest(drafts.map((d) => d.draft));
    }
  } finally {
    await store.close();
  }
  // The documents the hub serves, for the PouchDB yardstick.
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  try {
    return db.prepare<[], string>('SELECT doc FROM complaint ORDER BY version').pluck().all();
  } finally {
    db.close();
  }
}

/** The newest PUSHED_OPS items verified on the desk (untimed): the outbox then holds that many operations. */
function queueOperations(desk: Database.Database): void {
  const ids = desk
    .prepare<[number], string>('SELECT id FROM complaint ORDER BY seq DESC LIMIT ?')
    .pluck()
    .all(PUSHED_OPS);
  for (let i = 0; i < ids.length; i += 500) {
    const { results } = applyMany(desk, { actor: 'admin', device: 'bench' }, ids.slice(i, i + 500), VERIFY);
    strictAssert(
      results.every((r) => r.ok),
      'every verify is applied locally',
    );
  }
}

/** As the runner does, a transient failure resumes from the cursor (returns how many times). */
async function pullToHead(desk: Database.Database, client: HubClient): Promise<number> {
  for (let failures = 0; ; failures += 1) {
    try {
      await pullAll(desk, client, () => {}, SYNC_LIMITS.pullRows);
      return failures;
    } catch (err) {
      if (failures >= 3 || !(err instanceof SyncFailure) || err.kind !== 'transient') throw err;
    }
  }
}

async function signedIn(url: string): Promise<HubClient> {
  const { token } = await hubClient({ url, token: null }).signIn({
    username: 'admin',
    password: ADMIN_PASSWORD,
  });
  return hubClient({ url, token, timeoutMs: 120_000 });
}

/**
 * Issue 4's sync figures against a real hub process on loopback, as deployed: a fresh desk's first sync of
 * up to 100k complaints until its cursor reaches the hub's head (HTTP, JSON, validation, SQLite with FTS),
 * then pushing 10,000 operations. The yardstick is PouchDB-to-PouchDB replication of the same documents,
 * measured in this run.
 */
export const syncScenario: Scenario = {
  name: 'sync',
  async run({ scale, demo }): Promise<BenchResult[]> {
    const count = Math.min(scale, MAX_COMPLAINTS, demo.length);
    const dir = mkdtempSync(join(tmpdir(), 'saring-bench-sync-'));
    try {
      const docs = await fillHub(
        join(dir, 'hub'),
        demo.slice(0, count).map((d) => d.item),
      );
      const hub = await spawnHub({
        dataDir: join(dir, 'hub'),
        port: await freeLoopbackPort(),
        env: { SARING_ADMIN_PASSWORD: ADMIN_PASSWORD, SARING_INGEST_KEY: 'bench-ingest-key-0123456789' },
        demo: false,
      });
      try {
        const client = await signedIn(hub.url);
        const desk = openDatabase(join(dir, 'desk.sqlite'));
        try {
          let resumed = 0;
          const pull = await timed(async () => {
            resumed = await pullToHead(desk, client);
          });
          const head = (await client.health()).version;
          const received = desk.prepare<[], number>('SELECT count(*) FROM complaint').pluck().get();
          strictAssert(received === count, `the first sync brought ${received} of ${count} complaints`);
          strictAssert(readCursor(desk) === head, 'the cursor reached the head');
          queueOperations(desk);
          let answered = 0;
          const push = await timed(async () => {
            answered = await pushPending(desk, client);
          });
          strictAssert(answered === PUSHED_OPS, `the hub answered ${answered} of ${PUSHED_OPS} operations`);
          const pouchMs = await pouchReplicationMs(docs.map((doc) => JSON.parse(doc) as { id: string }));
          return figures(count, { ...pull, resumed }, push, pouchMs);
        } finally {
          desk.close();
        }
      } finally {
        await hub.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

function figures(
  count: number,
  pull: Timed & { resumed: number },
  push: Timed,
  pouchMs: number,
): BenchResult[] {
  const [load] = loadavg();
  const busy = load !== undefined && load > cpus().length ? `; machine busy (load ${load.toFixed(1)})` : '';
  const pouch = perSecond(count, pouchMs);
  return [
    {
      scale: count,
      scenario: 'sync',
      case: `first sync of ${count.toLocaleString('en-US')} over HTTP, pages of ${SYNC_LIMITS.pullRows}`,
      metric: 'rows/s',
      ours: perSecond(count, pull.ms),
      baseline: pouch,
      target: { op: '>=', value: 25_000 },
      note: `${(pull.ms / 1000).toFixed(1)} s wall, ${(pull.cpuMs / 1000).toFixed(1)} s desk CPU (${Math.round(perSecond(count, pull.cpuMs))}/s of desk CPU)${pull.resumed > 0 ? `, resumed ${pull.resumed}×` : ''}; baseline: PouchDB replication${busy}`,
    },
    {
      scale: count,
      scenario: 'sync',
      case: `push ${PUSHED_OPS.toLocaleString('en-US')} operations (verify)`,
      metric: 'ops/s',
      ours: perSecond(PUSHED_OPS, push.ms),
      baseline: pouch,
      target: { op: '>=', value: 2_000 },
      note: `${(push.ms / 1000).toFixed(1)} s wall, ${(push.cpuMs / 1000).toFixed(1)} s desk CPU (${Math.round(perSecond(PUSHED_OPS, push.cpuMs))}/s of desk CPU); baseline: PouchDB replication docs/s${busy}`,
    },
  ];
}
