import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Logger } from '../api/dispatch.ts';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffPolicy } from './backoff.ts';
import { hubClient, type HubClient } from './client.ts';
import { asSyncFailure, type SyncFailure } from './failure.ts';
import { releaseLease, takeLease } from './lease.ts';
import { listenForPokes } from './pokes.ts';
import { pullAll, type Progress } from './pull.ts';
import { pushPending } from './push.ts';
import { hubConnection, isOffline, writeKey } from './state.ts';

export type RunnerOptions = {
  log: Logger;
  /** A sync this often even without pokes (the SSE stream may be down without anyone noticing). */
  intervalMs?: number;
  /** Local writes are pushed this long after the last one, so a burst of clicks is one push. */
  debounceMs?: number;
  leaseMs?: number;
  timeoutMs?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  fetch?: typeof fetch;
  pullLimit?: number;
};

/** What only the running process knows; status.ts adds what the database knows. */
export type RunnerView = {
  syncing: boolean;
  /** null until the first attempt; false after a network-level failure. */
  online: boolean | null;
  needsSignIn: boolean;
  progress: Progress | null;
};

export type SyncRunner = {
  /** Starts timers, pokes and a first sync when a hub is connected and "kerja offline" is off. */
  start(): void;
  /** Stops all network use at once; the promise settles when work in flight has wound down. */
  stop(): Promise<void>;
  /** One push + pull now (joined to the one running, if any). */
  syncNow(): Promise<void>;
  /** Called after a local write: a push soon, unless the runner is backing off after failures. */
  localWrite(): void;
  view(): RunnerView;
};

/**
 * The desktop's one sync loop: push pending operations, pull pages, on a timer, on the hub's pokes, on
 * reconnect and shortly after local writes. Failures back off exponentially with jitter on the timer;
 * new local writes do not hurry a retry. A lease keeps two processes on one database from syncing at once.
 */
export function syncRunner(db: Database.Database, options: RunnerOptions): SyncRunner {
  const intervalMs = options.intervalMs ?? 60_000;
  const debounceMs = options.debounceMs ?? 2_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const random = options.random ?? Math.random;
  const owner = randomUUID();
  let stopper: AbortController | null = null;
  let timer: NodeJS.Timeout | null = null;
  let timerAt = Infinity;
  let running: Promise<void> | null = null;
  let listening: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  const view: RunnerView = { syncing: false, online: null, needsSignIn: false, progress: null };

  const active = (): boolean => stopper !== null && db.open && hubConnection(db) !== null && !isOffline(db);
  const clientFor = (signal: AbortSignal): HubClient | null => {
    const hub = hubConnection(db);
    if (hub === null) return null;
    const { timeoutMs, fetch } = options;
    return hubClient({ ...hub, signal, ...(timeoutMs ? { timeoutMs } : {}), ...(fetch ? { fetch } : {}) });
  };

  /** The next run in `ms`, unless one is planned earlier already. */
  function schedule(ms: number): void {
    if (!active()) return;
    const at = Date.now() + ms;
    if (timer !== null && timerAt <= at) return;
    if (timer !== null) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = null;
      timerAt = Infinity;
      void syncNow();
    }, ms);
  }

  async function cycle(stop: AbortSignal): Promise<void> {
    const client = clientFor(stop);
    if (client === null || isOffline(db)) return;
    if (!takeLease(db, owner, Date.now(), leaseMs)) {
      schedule(intervalMs); // another window or process is syncing this database
      return;
    }
    view.syncing = true;
    try {
      if (failures > 0) await client.health(); // a cheap probe before the real work
      await pushPending(db, client);
      await pullAll(
        db,
        client,
        (progress) => {
          view.progress = progress;
          takeLease(db, owner, Date.now(), leaseMs); // a long first sync keeps its lease
        },
        options.pullLimit,
      );
      await pushPending(db, client); // what was written while the pull ran
      succeeded();
    } catch (err) {
      if (!stop.aborted) failed(asSyncFailure(err));
    } finally {
      view.syncing = false;
      view.progress = null;
      if (db.open && !stop.aborted) releaseLease(db, owner);
    }
  }

  function succeeded(): void {
    failures = 0;
    Object.assign(view, { online: true, needsSignIn: false });
    db.transaction(() => {
      writeKey(db, 'last_success_at', new Date().toISOString());
      writeKey(db, 'last_error', null);
    }).immediate();
    schedule(intervalMs);
  }

  function failed(failure: SyncFailure): void {
    failures += 1;
    Object.assign(view, { online: failure.kind !== 'transient', needsSignIn: failure.kind === 'sign_in' });
    db.transaction(() => {
      writeKey(db, 'last_failure_at', new Date().toISOString());
      writeKey(db, 'last_error', failure.message);
    }).immediate();
    if (failure.kind !== 'transient') options.log.error({ kind: failure.kind }, `sync: ${failure.message}`);
    // Without a valid sign-in every retry would fail the same way: wait for sync.connect.
    if (failure.kind !== 'sign_in') schedule(backoffDelay(failures, backoff, random));
  }

  function syncNow(): Promise<void> {
    const stop = stopper?.signal;
    if (stop === undefined || !active()) return Promise.resolve();
    if (running !== null) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await cycle(stop);
        // After a failure the backoff timer decides when to try again, not pokes that came meanwhile.
      } while (again && failures === 0 && active());
    })().finally(() => {
      running = null;
    });
    return running;
  }

  /** Pokes, while started: every (re)opened stream and every event asks for a sync. */
  async function listen(stop: AbortSignal): Promise<void> {
    let drops = 0;
    while (active() && !stop.aborted && !view.needsSignIn) {
      const client = clientFor(stop);
      if (client === null) return;
      const sync = (): void => void syncNow();
      try {
        await listenForPokes(client, stop, { onOpen: () => ((drops = 0), sync()), onPoke: sync });
      } catch {
        // The hub is down or the stream broke: the sync loop reports it; listen again after a pause.
      }
      drops += 1;
      await pause(backoffDelay(drops, backoff, random), stop);
    }
  }

  return {
    start() {
      if (stopper !== null) {
        view.needsSignIn = false;
        failures = 0;
        listening ??= listen(stopper.signal).finally(() => (listening = null));
        void syncNow();
        return;
      }
      if (hubConnection(db) === null || isOffline(db)) return;
      stopper = new AbortController();
      Object.assign(view, { needsSignIn: false, online: null });
      failures = 0;
      listening = listen(stopper.signal).finally(() => (listening = null));
      void syncNow();
    },
    stop() {
      const stopping = stopper;
      stopper = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      timerAt = Infinity;
      if (stopping === null) return Promise.resolve();
      stopping.abort();
      if (db.open) releaseLease(db, owner);
      return Promise.allSettled([running, listening]).then(() => undefined);
    },
    syncNow,
    localWrite() {
      if (failures === 0) schedule(debounceMs);
    },
    view: () => ({ ...view }),
  };
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}
