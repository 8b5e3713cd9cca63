import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freeLoopbackPort, spawnHub } from '../../../electron/embedded/hub-process.ts';
import { checkItems, kecamatanLookup } from '../../../hub/ingest/check.ts';
import { shippedMaster } from '../../../hub/master-seed.ts';
import { openSqliteStore } from '../../../hub/store/sqlite/open.ts';
import { SYNC_LIMITS, strictAssert, type IngestItem } from '../../../shared/index.ts';
import type { SyncDeskArgs, SyncDeskFigures, Timed } from '../sync-desk.ts';
import type { BenchResult, Scenario } from '../types.ts';

const MAX_COMPLAINTS = 100_000;
const PUSHED_OPS = 10_000;
const ADMIN_PASSWORD = 'bench-admin-password';
const SYNC_DESK = join(import.meta.dirname, '..', 'sync-desk.ts');

const perSecond = (n: number, ms: number): number => n / (ms / 1000);

/** Filling is not timed: the hub's own ingest (store level, one transaction per 5,000 items). */
async function fillHub(dataDir: string, items: readonly IngestItem[]): Promise<void> {
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
}

/** The desk's first sync, its push and the PouchDB yardstick, in a process of its own (sync-desk.ts). */
async function measureDesk(args: SyncDeskArgs): Promise<SyncDeskFigures> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', SYNC_DESK, JSON.stringify(args)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout) as SyncDeskFigures;
}

/**
 * Issue 4's sync figures against a real hub process on loopback, as deployed: a fresh desk's first sync of
 * up to 100k complaints until its cursor reaches the hub's head (HTTP, JSON, validation, SQLite with FTS),
 * then pushing 10,000 operations. Hub and desk each run in a process of their own, as deployed. The
 * yardstick is PouchDB-to-PouchDB replication of the same documents, measured in this run by the desk's
 * process.
 */
export const syncScenario: Scenario = {
  name: 'sync',
  async run({ scale, demo }): Promise<BenchResult[]> {
    const count = Math.min(scale, MAX_COMPLAINTS, demo.length);
    const dir = mkdtempSync(join(tmpdir(), 'saring-bench-sync-'));
    try {
      await fillHub(
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
        const { pull, push, pouchMs } = await measureDesk({
          url: hub.url,
          password: ADMIN_PASSWORD,
          dir,
          hubFile: join(dir, 'hub', 'hub.sqlite'),
          pushOps: PUSHED_OPS,
        });
        return figures(count, pull, push, pouchMs);
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
