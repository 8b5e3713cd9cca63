import type { Migration } from './types.ts';

/*
 * New complaints are counted into the report tallies by the code that inserts them, one grouped statement
 * per batch (reports/new-complaints.ts), instead of by a trigger per row: the trigger cost more than the
 * insert itself, and seeding or a first sync inserts complaints by the hundred thousand.
 */
export const migration009: Migration = {
  version: 9,
  name: 'batch_report_insert',
  up(db) {
    db.exec('DROP TRIGGER IF EXISTS complaint_report_insert;');
  },
};
