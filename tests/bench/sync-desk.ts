import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMany } from '../../electron/core/complaints/apply-many.ts';
import { openDatabase } from '../../electron/core/db/open.ts';
import { hubClient, type HubClient } from '../../electron/core/sync/client.ts';
import { SyncFailure } from '../../electron/core/sync/failure.ts';
import { pullAll } from '../../electron/core/sync/pull.ts';
import { pushPending } from '../../electron/core/sync/push.ts';
import { readCursor } from '../../electron/core/sync/state.ts';
import { SYNC_LIMITS, strictAssert, type Operation } from '../../shared/index.ts';
import { pouchReplicationMs } from './baselines/pouchdb.ts';

/*
 * The desk side of the sync bench, run by scenarios/sync.ts in a process of its own, as a desk is
 * deployed: the bench process holds up to a million fixture complaints, whose heap would tax every
 * garbage collection here. The PouchDB yardstick runs here too, on equal terms: each figure is the
 * median of three runs after a warm-up. Pushing is timed once, from the last synced desk. Prints its
 * figures as one line of JSON (SyncDeskFigures).
 */

export type SyncDeskArgs = { url: string; password: string; dir: string; hubFile: string; pushOps: number };
export type Timed = { ms: number; cpuMs: number };
export type SyncDeskFigures = { pull: Timed & { resumed: number }; push: Timed; pouchMs: number };

const VERIFY: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
};

/** Wall and CPU time of `run`; the CPU is this process's, the desk's (the hub runs in its own). */
async function timed<T>(run: () => Promise<T>): Promise<Timed & { value: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
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

/** The newest `count` items verified on the desk (untimed): the outbox then holds that many operations. */
function queueOperations(desk: Database.Database, count: number): void {
  const ids = desk
    .prepare<[number], string>('SELECT id FROM complaint ORDER BY seq DESC LIMIT ?')
    .pluck()
    .all(count);
  for (let i = 0; i < ids.length; i += 500) {
    const { results } = applyMany(desk, { actor: 'admin', device: 'bench' }, ids.slice(i, i + 500), VERIFY);
    strictAssert(
      results.every((r) => r.ok),
      'every verify is applied locally',
    );
  }
}

/** The documents the hub serves, for the PouchDB yardstick. */
function hubDocuments(hubFile: string): { id: string }[] {
  const db = new Database(hubFile, { readonly: true });
  try {
    const docs = db.prepare<[], string>('SELECT doc FROM complaint ORDER BY version').pluck().all();
    return docs.map((doc) => JSON.parse(doc) as { id: string });
  } finally {
    db.close();
  }
}

/** The middle of `runs` timings after one run discarded as warm-up (JIT, caches): this VM is noisy. */
async function median<T extends { ms: number }>(runs: number, run: (i: number) => Promise<T>): Promise<T> {
  await run(-1);
  const timings: T[] = [];
  for (let i = 0; i < runs; i += 1) timings.push(await run(i));
  const middle = timings.sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)];
  strictAssert(middle, 'at least one run');
  return middle;
}

/** A fresh desk's first sync to the hub's head; the desk is closed and deleted unless kept. */
async function firstSync(client: HubClient, file: string, expected: number, keep: boolean) {
  const desk = openDatabase(file);
  try {
    const { value: resumed, ...pull } = await timed(() => pullToHead(desk, client));
    const head = (await client.health()).version;
    const received = desk.prepare<[], number>('SELECT count(*) FROM complaint').pluck().get();
    strictAssert(received === expected, `the first sync brought ${received} of ${expected} complaints`);
    strictAssert(readCursor(desk) === head, 'the cursor reached the head');
    return { ...pull, resumed };
  } finally {
    desk.close();
    if (!keep) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}

const RUNS = 3;

async function measure({ url, password, dir, hubFile, pushOps }: SyncDeskArgs): Promise<SyncDeskFigures> {
  const { token } = await hubClient({ url, token: null }).signIn({ username: 'admin', password });
  const client = hubClient({ url, token, timeoutMs: 120_000 });
  const docs = hubDocuments(hubFile);
  const deskFile = (i: number): string => join(dir, `desk-${i}.sqlite`);
  const pull = await median(RUNS, (i) => firstSync(client, deskFile(i), docs.length, i === RUNS - 1));
  const desk = openDatabase(deskFile(RUNS - 1));
  try {
    queueOperations(desk, pushOps);
    const { value: answered, ...push } = await timed(() => pushPending(desk, client));
    strictAssert(answered === pushOps, `the hub answered ${answered} of ${pushOps} operations`);
    const pouch = await median(RUNS, async () => ({ ms: await pouchReplicationMs(docs) }));
    return { pull, push, pouchMs: pouch.ms };
  } finally {
    desk.close();
  }
}

const args = JSON.parse(process.argv[2] ?? '') as SyncDeskArgs;
process.stdout.write(`${JSON.stringify(await measure(args))}\n`);
