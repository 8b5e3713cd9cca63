import { rebuildReports } from '../../reports/refresh.ts';
import type { Migration } from './types.ts';

/*
 * "Overdue now" is read from tallies of open clocks by the day they run out (reports/overdue.ts) instead
 * of counting the overdue items, which at a million items cost a hundred milliseconds and grew with the
 * backlog. The tallies gain that day as a key (0 for every other kind), and the key leads with the group:
 * the dashboard sums each group's days, which SQLite then reads in order instead of sorting a year of
 * rows. Being derived, the tallies are dropped, made again and refilled from the log with everything
 * else (this is the newest migration to change the report tables, so it is the one that backfills: 007).
 */
const SCHEMA = `
DROP TABLE report_tally;
CREATE TABLE report_tally (
  kind    TEXT NOT NULL,
  grp     TEXT NOT NULL,
  day     INTEGER NOT NULL,
  due_day INTEGER NOT NULL,
  n       INTEGER NOT NULL,
  PRIMARY KEY (kind, grp, day, due_day)
) WITHOUT ROWID;
`;

export const migration010: Migration = {
  version: 10,
  name: 'report_due_days',
  up(db) {
    db.exec(SCHEMA);
    rebuildReports(db);
  },
};
