import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Result } from '../../shared/index.ts';
import { dispatch, type Logger } from './api/dispatch.ts';
import { insertComplaints } from './complaints/insert.ts';
import { openDatabase } from './db/open.ts';
import { generateDemoComplaints } from './demo/generate.ts';
import { seedMasterData, shippedMasterData } from './master/seed.ts';
import { createHandlers } from './services/handlers.ts';

export type Core = {
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
  close(): void;
};

export type CoreOptions = {
  dataDir: string;
  demo: false | { count: number; seed: number };
  /** Until sign-in exists, every change is recorded as this person. */
  actor?: string;
  device?: string;
  log: Logger;
};

export const DATABASE_FILE = 'saring.sqlite';

/**
 * Opens the desktop core: the database in dataDir (created and migrated as needed), master data from
 * the shipped file, and demo complaints on a first run when asked for. Every call then goes through
 * the one validated dispatch.
 */
export function openCore(opts: CoreOptions): Core {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const db = openDatabase(path.join(opts.dataDir, DATABASE_FILE));
  try {
    const who = { actor: opts.actor ?? 'moderator', device: opts.device ?? os.hostname() };
    seedMasterData(db, shippedMasterData());
    db.prepare(
      "INSERT INTO sync_state (key, value) VALUES ('device', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(who.device);
    if (opts.demo) seedDemo(db, opts.demo);
    const handlers = createHandlers(db, who);
    return {
      call: (method, input) => dispatch(handlers, method, input, opts.log),
      close: () => {
        db.pragma('optimize');
        db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Demo complaints go in only while the inbox is empty: a real desk's data is never mixed with them. */
function seedDemo(db: Database.Database, demo: { count: number; seed: number }): void {
  if (db.prepare('SELECT 1 FROM complaint LIMIT 1').get() !== undefined) return;
  const items = generateDemoComplaints(demo).map((d) => d.item);
  insertComplaints(db, items, { isDemo: true });
  // Fresh statistics, so the query planner knows how the filters split the inbox.
  db.pragma('analysis_limit = 1000');
  db.exec('ANALYZE');
}
