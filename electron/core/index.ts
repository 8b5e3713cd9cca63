import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Result } from '../../shared/index.ts';
import { dispatch, type Logger } from './api/dispatch.ts';
import { seedDemoUsers } from './auth/demo-users.ts';
import { sessionUser } from './auth/sessions.ts';
import { signInThrottle } from './auth/throttle.ts';
import { insertComplaints } from './complaints/insert.ts';
import { openDatabase } from './db/open.ts';
import { logTheDesk } from './demo/desk-log.ts';
import { workTheDesk } from './demo/desk-history.ts';
import { generateDemoComplaints } from './demo/generate.ts';
import { startFlagWorker } from './flags/worker-client.ts';
import { seedMasterData, shippedMasterData } from './master/seed.ts';
import { createHandlers } from './services/handlers.ts';
import { syncRunner, type RunnerOptions } from './sync/runner.ts';
import { hubConnection } from './sync/state.ts';

export type Core = {
  /** `session` is the caller's token from auth.signIn (null before sign-in); dispatch checks it. */
  call(method: unknown, input: unknown, session: unknown): Promise<Result<unknown>>;
  close(): void;
};

export type CoreOptions = {
  dataDir: string;
  demo: false | { count: number; seed: number };
  device?: string;
  log: Logger;
  /** The bundled flag worker (the Electron build); from source the worker runs worker.ts through tsx. */
  flagWorkerFile?: string;
  /** Timings and transport of the hub sync (tests shorten them); the runner starts once a hub is connected. */
  sync?: Omit<RunnerOptions, 'log'>;
};

export const DATABASE_FILE = 'saring.sqlite';

/**
 * Opens the desktop core: the database in dataDir (created and migrated as needed), master data from
 * the shipped file, and demo complaints and demo users on a first run when asked for. Every call then
 * goes through the one validated dispatch, as the user its session belongs to.
 */
export function openCore(opts: CoreOptions): Core {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const db = openDatabase(path.join(opts.dataDir, DATABASE_FILE));
  try {
    const device = opts.device ?? os.hostname();
    // A connected desk takes its master data from the hub; the shipped file would undo the hub's edits.
    if (hubConnection(db) === null) seedMasterData(db, shippedMasterData());
    db.prepare(
      "INSERT INTO sync_state (key, value) VALUES ('device', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(device);
    if (opts.demo) seedDemo(db, opts.demo);
    const sync = syncRunner(db, { ...opts.sync, log: opts.log });
    // Flags are scored in a worker thread from the backlog of unscored rows: inserts never wait for them.
    const flags = startFlagWorker(path.join(opts.dataDir, DATABASE_FILE), opts.log, opts.flagWorkerFile);
    const desk = {
      handlers: createHandlers(db, signInThrottle(), sync, flags),
      sessionUser: (token: string) => sessionUser(db, token, Date.now()),
      device,
      log: opts.log,
    };
    sync.start(); // only when a hub is connected and "kerja offline" is off
    return {
      call: async (method, input, session) => {
        const result = await dispatch(desk, method, input, session);
        // A local change goes up soon; the runner holds it back while it is backing off after failures.
        if (result.ok && (method === 'complaints.apply' || method === 'complaints.applyMany'))
          sync.localWrite();
        return result;
      },
      close: () => {
        void sync.stop();
        void flags.stop();
        db.pragma('optimize');
        db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Demo complaints go in only while the inbox is empty: a real desk's data is never mixed with them. The
 * demo users come with them, and only to a desk without users.
 */
function seedDemo(db: Database.Database, demo: { count: number; seed: number }): void {
  if (db.prepare('SELECT 1 FROM complaint LIMIT 1').get() !== undefined) return;
  const complaints = generateDemoComplaints(demo);
  insertComplaints(
    db,
    complaints.map((d) => d.item),
    { isDemo: true },
  );
  workTheDesk(db, complaints);
  // The history behind those statuses, so timelines and the supervisors' dashboard have something to show.
  logTheDesk(db);
  seedDemoUsers(db);
  // Fresh statistics, so the query planner knows how the filters split the inbox.
  db.pragma('analysis_limit = 1000');
  db.exec('ANALYZE');
}
