import Database from 'better-sqlite3';
import { CoreError } from '../api/dispatch.ts';
import { restoreAfterCrash } from '../complaints/secondary-indexes.ts';
import { migrate, userVersion } from './migrate.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';

/**
 * Opens (creating if needed) and migrates the local database. The version check comes before anything
 * that writes (even switching to WAL writes the header), so a file from a newer Saring is left untouched.
 */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file, { timeout: 5_000 });
  try {
    const found = userVersion(db);
    if (found > LATEST_VERSION) {
      throw new CoreError(
        'database_newer',
        `The database ${file} has schema version ${found}, but this Saring understands only up to ` +
          `version ${LATEST_VERSION}. Please update Saring; the file was not changed.`,
      );
    }
    db.pragma('journal_mode = WAL');
    // The outbox must survive power loss: WAL's default NORMAL may drop the last commits.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -32000');
    // A statement that fires triggers keeps a statement journal of every page it touches; an insert into
    // complaint touches a page per index (~70 KB), past the 64 KB SQLite keeps in memory, so each row
    // wrote a temp file: 3x the cost of the insert itself (a first sync of 100k items).
    db.pragma('temp_store = MEMORY');
    // Before migrating: migrations expect the schema they left, indexes included.
    restoreAfterCrash(db);
    migrate(db, MIGRATIONS);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
