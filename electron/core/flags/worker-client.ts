import { Worker } from 'node:worker_threads';
import { missingCase } from '../../../shared/assert.ts';
import type { Logger } from '../api/dispatch.ts';
import type { ChunkResult } from './backlog.ts';
import type { FoundClusters } from './clusters.ts';
import type { FlagWork } from './work.ts';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol.ts';

/** How often the worker looks for items that came by sync and verdicts that call for a retrain. */
const POLL_MS = 10_000;

type Waiter<T> = { resolve: (value: T) => void; reject: (error: Error) => void };

/**
 * Where the worker's code is. The Electron build bundles it (electron/build.ts → flag-worker.cjs) and
 * names the file. Run from source (tsx: the web host, tests) it is worker.ts, which a new thread can only
 * load after registering tsx's loader (the parent's loader does not carry over to worker threads in
 * Node 20).
 */
function spawn(workerData: WorkerData, bundledFile: string | undefined): Worker {
  if (bundledFile !== undefined) return new Worker(bundledFile, { workerData });
  const url = new URL('./worker.ts', import.meta.url);
  const tsx = import.meta.resolve?.('tsx/esm/api') ?? 'tsx/esm/api';
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => {
    register();
    return import(${JSON.stringify(url.href)});
  })`;
  return new Worker(boot, { eval: true, workerData });
}

/** Starts the flag worker on the database file; its failures are logged and never reach a caller's insert. */
export function startFlagWorker(file: string, log: Logger, bundledFile?: string): FlagWork {
  let worker: Worker;
  try {
    worker = spawn({ file, pollMs: POLL_MS }, bundledFile);
  } catch (error) {
    return unavailable(error instanceof Error ? error : new Error(String(error)), log);
  }
  const trains = new Map<number, Waiter<number | null>>();
  const clusterings = new Map<number, Waiter<FoundClusters>>();
  let nextId = 1;
  let last: ChunkResult | null = null;
  let down: Error | null = null;

  const ask = <T>(waiters: Map<number, Waiter<T>>, make: (id: number) => ToWorker): Promise<T> => {
    if (down !== null) return Promise.reject(down);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiters.set(id, { resolve, reject });
      worker.postMessage(make(id));
    });
  };
  const settle = <T>(waiters: Map<number, Waiter<T>>, id: number, outcome: (w: Waiter<T>) => void) => {
    const waiter = waiters.get(id);
    if (waiter === undefined) return;
    waiters.delete(id);
    outcome(waiter);
  };

  worker.on('message', (message: FromWorker) => {
    switch (message.kind) {
      case 'chunk':
        last = message.chunk;
        return;
      case 'trained':
        return settle(trains, message.id, (w) => w.resolve(message.version));
      case 'clusters':
        return settle(clusterings, message.id, (w) => w.resolve(message.clusters));
      case 'failed': {
        log.error({ job: message.job, error: message.error }, 'flag worker job failed');
        if (message.id === null) return;
        const error = new Error(`flag ${message.job} failed: ${message.error}`);
        settle(trains, message.id, (w) => w.reject(error));
        return settle(clusterings, message.id, (w) => w.reject(error));
      }
      default:
        return missingCase(message);
    }
  });
  const fail = (error: Error) => {
    down = error;
    log.error({ err: error }, 'flag worker stopped; new items stay unflagged');
    for (const waiters of [trains, clusterings]) {
      for (const w of waiters.values()) w.reject(error);
      waiters.clear();
    }
  };
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (down === null) fail(new Error(`flag worker exited (${code})`));
  });

  return {
    nudge: () => {
      if (down === null) worker.postMessage({ kind: 'nudge' } satisfies ToWorker);
    },
    train: () => ask(trains, (id) => ({ kind: 'train', id })),
    clusters: () => ask(clusterings, (id) => ({ kind: 'clusters', id })),
    lastChunk: () => last,
    stop: async () => {
      if (down !== null) return;
      down = new Error('flag worker stopped');
      worker.postMessage({ kind: 'stop' } satisfies ToWorker);
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

/** No worker could start (e.g. a bundle without its code): logged once, every item stays unflagged. */
function unavailable(error: Error, log: Logger): FlagWork {
  log.error({ err: error }, 'flag worker unavailable; items stay unflagged');
  return {
    nudge: () => {},
    train: () => Promise.reject(error),
    clusters: () => Promise.reject(error),
    lastChunk: () => null,
    stop: () => Promise.resolve(),
  };
}
