import type Database from 'better-sqlite3';
import { strictAssert } from '../../../shared/index.ts';

/*
 * Loading many complaints is several times cheaper with complaint's secondary indexes dropped and built
 * once afterwards (one sort each) than with a dozen indexes updated row by row. Unique constraints are not
 * touched (their indexes have no SQL of their own), so idempotency holds. The dropped definitions are
 * kept in deferred_index in the dropping transaction: whoever commits the drop also commits how to undo
 * it, and openDatabase builds any still listed before anything else runs.
 */

/** Drops complaint's secondary indexes, keeping their definitions; none are left to drop when deferred. */
export function deferSecondaryIndexes(db: Database.Database): void {
  strictAssert(db.inTransaction, 'indexes are deferred inside the load transaction');
  const indexes = db
    .prepare<[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'complaint' AND sql IS NOT NULL
       ORDER BY rowid`,
    )
    .all();
  const keep = db.prepare('INSERT INTO deferred_index (name, sql) VALUES (?, ?)');
  for (const { name, sql } of indexes) {
    strictAssert(/^[a-z_]+$/.test(name), `index name ${name} is one of ours`);
    keep.run(name, sql);
    db.exec(`DROP INDEX ${name}`);
  }
}

/** Builds every deferred index again. */
export function restoreSecondaryIndexes(db: Database.Database): void {
  db.transaction(() => {
    const deferred = db.prepare<[], string>('SELECT sql FROM deferred_index ORDER BY position').pluck().all();
    for (const sql of deferred) db.exec(sql);
    db.exec('DELETE FROM deferred_index');
  }).immediate();
}

const someDeferred = (db: Database.Database): boolean =>
  db.prepare('SELECT 1 FROM deferred_index LIMIT 1').get() !== undefined;

/**
 * Runs a bulk load, at least as big as the table, with the indexes deferred; inside the caller's
 * transaction. Within a longer load that deferred them already (a first sync), they stay deferred.
 */
export function withSecondaryIndexesRebuilt<T>(db: Database.Database, load: () => T): T {
  if (someDeferred(db)) return load();
  deferSecondaryIndexes(db);
  const result = load();
  restoreSecondaryIndexes(db);
  return result;
}

/** At open: a load that crashed with indexes deferred gets them back before anything reads the table. */
export function restoreAfterCrash(db: Database.Database): void {
  const listed = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'deferred_index'")
    .get();
  if (listed !== undefined && someDeferred(db)) restoreSecondaryIndexes(db);
}
