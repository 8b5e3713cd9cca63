import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, type Random } from '../../electron/core/demo/random.ts';
import { complaintItem, freePort, ingest, isHubPull, isHubPush, startDesk, startHub } from './cast.ts';
import { checkAll } from './checks.ts';
import { bundleEntries, type Entries } from './bundle.ts';
import type { Proc } from './processes.ts';

/** Where a round's SIGKILL lands: at a random moment, or while a push or pull is in flight. */
export const KILLS = [
  'desk',
  'hub',
  'both',
  'desk-in-push',
  'desk-in-pull',
  'hub-in-push',
  'hub-in-pull',
] as const;
export type Kill = (typeof KILLS)[number];

export type TortureOptions = {
  rounds: number;
  seed: number;
  desks: number;
  /** An empty folder for the hub's and desks' data. */
  dir: string;
  log: (line: string) => void;
};

export type TortureResult = {
  seed: number;
  rounds: number;
  kills: Record<Kill, number>;
  /** Kills aimed at a push or pull that caught one (the others fell back to "now" after a wait). */
  inFlight: number;
  ops: number;
  violations: string[];
  ms: number;
};

const INITIAL_COMPLAINTS = 12;
const TRIGGER_WAIT_MS = 3_000;
const DRAIN_TIMEOUT_MS = 180_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Run = {
  opts: TortureOptions;
  entries: Entries;
  random: Random;
  hubUrl: string;
  port: number;
  hub: Proc | null;
  desks: (Proc | null)[];
  /** Per desk, the highest clientSeq it reported as committed: the outbox must still hold it at the end. */
  acked: number[];
  ops: number;
  complaints: number;
};

const deskDir = (run: Run, d: number) => join(run.opts.dir, `desk-${d + 1}`);

async function ensureUp(run: Run, round: number): Promise<void> {
  run.hub ??= await startHub(run.entries, run.port, run.opts.dir);
  const starting = run.desks.map(async (desk, d) => {
    if (desk?.alive()) return;
    const seed = run.opts.seed * 1_000 + round * 10 + d;
    const spec = { name: `desk-${d + 1}`, dir: deskDir(run, d), hubUrl: run.hubUrl, seed, drain: false };
    const proc = await startDesk(run.entries, spec);
    proc.watch((line) => {
      const seq = /^op (\d+)$/.exec(line)?.[1];
      if (seq === undefined) return;
      run.ops += 1;
      run.acked[d] = Math.max(run.acked[d] ?? 0, Number(seq));
    });
    run.desks[d] = proc;
  });
  await Promise.all(starting);
}

async function killHub(run: Run): Promise<void> {
  await run.hub?.stop('SIGKILL');
  run.hub = null;
}

async function killDesk(run: Run, d: number): Promise<void> {
  await run.desks[d]?.stop('SIGKILL');
  run.desks[d] = null;
}

/** Waits (bounded) for the line that says a request is in flight, a few ms more, then kills. */
async function killWhen(
  proc: Proc | null,
  match: (l: string) => boolean,
  jitterMs: number,
): Promise<boolean> {
  const hit = (await proc?.nextLine(match, TRIGGER_WAIT_MS)) ?? false;
  await sleep(jitterMs);
  return hit;
}

/** Runs one kill; returns whether an in-flight kill caught its request. */
async function strike(run: Run, kill: Kill, d: number, jitterMs: number): Promise<boolean> {
  switch (kill) {
    case 'desk':
      await killDesk(run, d);
      return false;
    case 'hub':
      await killHub(run);
      return false;
    case 'both':
      await Promise.all([killHub(run), killDesk(run, d)]);
      return false;
    case 'desk-in-push':
    case 'desk-in-pull': {
      const want = kill === 'desk-in-push' ? '> push' : '< pull';
      const hit = await killWhen(run.desks[d] ?? null, (l) => l === want, jitterMs);
      await killDesk(run, d);
      return hit;
    }
    case 'hub-in-push':
    case 'hub-in-pull': {
      const hit = await killWhen(run.hub, kill === 'hub-in-push' ? isHubPush : isHubPull, jitterMs);
      await killHub(run);
      return hit;
    }
  }
}

/**
 * Faults off: every desk restarts in drain mode (no new operations, sync on a loop) until each says it has
 * nothing pending and has pulled the hub's head; then they are stopped and the databases can be read.
 */
async function drainAll(run: Run): Promise<void> {
  await Promise.all(run.desks.map((_, d) => killDesk(run, d)));
  run.hub ??= await startHub(run.entries, run.port, run.opts.dir);
  const latest = new Map<number, string>();
  const desks = await Promise.all(
    run.desks.map(async (_, d) => {
      const spec = { name: `desk-${d + 1}`, dir: deskDir(run, d), hubUrl: run.hubUrl, seed: 0, drain: true };
      const desk = await startDesk(run.entries, spec);
      desk.watch((line) => line.startsWith('drain ') && latest.set(d, line));
      return desk;
    }),
  );
  try {
    const until = Date.now() + DRAIN_TIMEOUT_MS;
    while (Date.now() < until) {
      const settled = `drain 0 ok ${await hubHead(run.hubUrl)}`;
      if (desks.every((_, d) => latest.get(d) === settled)) return;
      await sleep(200);
    }
    throw new Error(`the desks did not converge: ${JSON.stringify([...latest])}`);
  } finally {
    await Promise.all(desks.map((desk) => desk.stop('SIGTERM')));
  }
}

async function hubHead(hubUrl: string): Promise<number> {
  const res = await fetch(`${hubUrl}/api/v1/health`);
  return ((await res.json()) as { version: number }).version;
}

export async function torture(opts: TortureOptions): Promise<TortureResult> {
  const started = Date.now();
  mkdirSync(opts.dir, { recursive: true });
  const port = await freePort();
  const run: Run = {
    opts,
    entries: await bundleEntries(opts.dir),
    random: createRandom(opts.seed),
    port,
    hubUrl: `http://127.0.0.1:${port}`,
    hub: null,
    desks: Array.from({ length: opts.desks }, () => null),
    acked: Array.from({ length: opts.desks }, () => 0),
    ops: 0,
    complaints: INITIAL_COMPLAINTS,
  };
  const kills = Object.fromEntries(KILLS.map((k) => [k, 0])) as Record<Kill, number>;
  let inFlight = 0;
  try {
    run.hub = await startHub(run.entries, port, opts.dir);
    const items = Array.from({ length: INITIAL_COMPLAINTS }, (_, i) => complaintItem(i + 1));
    if (!(await ingest(run.hubUrl, items))) throw new Error('the first ingest failed');
    for (let round = 1; round <= opts.rounds; round++) {
      await ensureUp(run, round);
      // Every draw of the round comes before any waiting, so timing never shifts the sequence.
      const fresh = run.random.int(3);
      const workMs = 100 + run.random.int(900);
      const kill = run.random.pick(KILLS);
      const d = run.random.int(opts.desks);
      const jitterMs = run.random.int(20);
      const downMs = run.random.int(1_000);
      const newItems = Array.from({ length: fresh }, () => complaintItem(++run.complaints));
      if (fresh > 0) await ingest(run.hubUrl, newItems);
      const opsBefore = run.ops;
      await sleep(workMs);
      const hit = await strike(run, kill, d, jitterMs);
      kills[kill] += 1;
      if (hit) inFlight += 1;
      await sleep(downMs); // desks that live on work offline meanwhile
      const who = kill.startsWith('hub') ? 'hub' : kill === 'both' ? `hub+desk-${d + 1}` : `desk-${d + 1}`;
      opts.log(
        `[${Math.round((Date.now() - started) / 1000)} s] round ${round}/${opts.rounds}: ${kill} (${who}${kill.includes('-in-') ? (hit ? ', caught in flight' : ', fell back') : ''})` +
          ` after ${workMs} ms, down ${downMs} ms, +${run.ops - opsBefore} ops, +${fresh} complaints`,
      );
    }
    opts.log('faults off: draining every desk into the hub');
    await drainAll(run);
    await run.hub?.stop('SIGTERM');
    run.hub = null;
    const desks = run.desks.map((_, d) => ({
      name: `desk-${d + 1}`,
      dir: deskDir(run, d),
      ackedSeq: run.acked[d] ?? 0,
    }));
    const violations = checkAll(join(opts.dir, 'hub'), desks);
    return {
      seed: opts.seed,
      rounds: opts.rounds,
      kills,
      inFlight,
      ops: run.ops,
      violations,
      ms: Date.now() - started,
    };
  } finally {
    await Promise.all([run.hub?.stop('SIGKILL'), ...run.desks.map((desk) => desk?.stop('SIGKILL'))]);
  }
}
