import type { Migration } from './types.ts';

/*
 * A cold first sync brings its pages with complaint's secondary indexes dropped and builds them once at
 * the end (complaints/secondary-indexes.ts). What it dropped is written here in the same transaction, so
 * a crash in between loses no index: the next open builds them again before anything else runs.
 */
export const migration011: Migration = {
  version: 11,
  name: 'deferred_indexes',
  up(db) {
    // Rebuilt in the order they were made: the query planner breaks ties between indexes by that order.
    db.exec(`CREATE TABLE deferred_index (
      position INTEGER PRIMARY KEY,
      name     TEXT NOT NULL UNIQUE,
      sql      TEXT NOT NULL
    );`);
  },
};
