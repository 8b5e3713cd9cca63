import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, userVersion } from '../../../electron/core/db/migrate.ts';
import { prepared } from '../../../electron/core/db/statements.ts';
import { hubMigration001 } from './schema-001.ts';

export const HUB_MIGRATIONS = [hubMigration001] as const;
const LATEST = HUB_MIGRATIONS.length;

/** Opens the hub's database in dataDir; a file from a newer hub is refused before anything writes. */
export function openHubDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'hub.sqlite');
  const db = new Database(file, { timeout: 5_000 });
  try {
    const found = userVersion(db);
    if (found > LATEST) {
      throw new Error(
        `The hub database ${file} has schema version ${found}; this hub understands up to ${LATEST}. ` +
          'Update the hub; the file was not changed.',
      );
    }
    db.pragma('journal_mode = WAL');
    // An acknowledged push must survive power loss: WAL's default NORMAL may drop the last commits.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -64000');
    // A push gives each operation a savepoint; its sub-journal (a temp file by default: a write syscall per
    // touched page) stays in memory. It only ever holds one operation's pages, never needed after a crash.
    db.pragma('temp_store = MEMORY');
    migrate(db, HUB_MIGRATIONS);
    // The epoch names this database's life: a hub restored from a backup gets a new one on purpose.
    prepared(
      db,
      'INSERT INTO hub_meta (id, epoch, version) VALUES (1, ?, 0) ON CONFLICT (id) DO NOTHING',
    ).run(randomUUID());
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export type Meta = { epoch: string; version: number };

export const readMeta = (db: Database.Database): Meta => {
  const meta = prepared<[], Meta>(db, 'SELECT epoch, version FROM hub_meta WHERE id = 1').get();
  if (!meta) throw new Error('hub_meta is seeded at open');
  return meta;
};

/** Gives a change its version, bumping hub_meta once, on first use (a no-op write never bumps). */
export type Stamp = () => number;

/**
 * Runs fn in one write transaction. The single hub_meta row both numbers the changes and serialises
 * writers. fn gets the transaction's stamp, and can make more: a push gives each of its operations a
 * version of its own, all committed together. After commit, onCommit hears the head version (the poke
 * to desktops).
 */
export function writing<T>(
  db: Database.Database,
  onCommit: (version: number) => void,
  fn: (stamp: Stamp, newStamp: () => Stamp) => T,
): T {
  let bumped = false;
  const newStamp = (): Stamp => {
    let version: number | null = null;
    return () => {
      bumped = true;
      return (version ??= prepared<[], number>(
        db,
        'UPDATE hub_meta SET version = version + 1 RETURNING version',
      )
        .pluck()
        .get() as number);
    };
  };
  const [result, head] = db
    .transaction((): [T, number | null] => {
      const done = fn(newStamp(), newStamp);
      // Read back rather than remembered: a savepoint rolled back inside fn may have undone a bump.
      return [done, bumped ? readMeta(db).version : null];
    })
    .immediate();
  if (head !== null) onCommit(head);
  return result;
}
