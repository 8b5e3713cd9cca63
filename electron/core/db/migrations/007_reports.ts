import type { Migration } from './types.ts';

/*
 * The supervisors' figures (shared/api/reports.ts) read a summary derived from the audit log, so a year
 * of data is a few narrow rows per item instead of its events. Times are epoch ms; *_wms are working
 * milliseconds (weekends, holidays and cuti bersama left out), measured with report_calendar.
 */
const SCHEMA = `
-- One row per WIB day: W, the working ms from the first day to this day's start; whether it is a working
-- day; wd, the working days up to and including it. Written from the deadline rules, never by hand.
CREATE TABLE report_calendar (
  day     INTEGER PRIMARY KEY,
  w       INTEGER NOT NULL,
  working INTEGER NOT NULL CHECK (working IN (0, 1)),
  wd      INTEGER NOT NULL
);
CREATE INDEX report_calendar_wd ON report_calendar (wd, day);

-- One row per disposition (id = its dispose event): a reassigned item has one per dinas it went to.
CREATE TABLE report_disposition (
  id            INTEGER PRIMARY KEY,
  complaint_seq INTEGER NOT NULL,
  dinas_id      TEXT NOT NULL,
  category_id   TEXT,
  disposed_ms   INTEGER NOT NULL,
  -- Disposed again (elsewhere or anew): this disposition's time ends there.
  passed_ms     INTEGER,
  ack_ms        INTEGER,
  response_ms   INTEGER,
  -- Confirmed done (selesai).
  settled_ms    INTEGER,
  reopened      INTEGER NOT NULL CHECK (reopened IN (0, 1)),
  -- The follow-up deadline from the disposition (exclusive end).
  due_ms        INTEGER,
  ack_wms       INTEGER,
  response_wms  INTEGER
);
CREATE INDEX report_disposition_complaint ON report_disposition (complaint_seq);
CREATE INDEX report_disposition_disposed ON report_disposition (disposed_ms);
CREATE INDEX report_disposition_ack ON report_disposition (ack_ms) WHERE ack_ms IS NOT NULL;
CREATE INDEX report_disposition_response ON report_disposition (response_ms) WHERE response_ms IS NOT NULL;
CREATE INDEX report_disposition_settled ON report_disposition (settled_ms) WHERE settled_ms IS NOT NULL;
CREATE INDEX report_disposition_due ON report_disposition (due_ms) WHERE due_ms IS NOT NULL;

-- One row per desk decision (id = its event); wait_wms: receipt to the item's first verification.
CREATE TABLE report_decision (
  id            INTEGER PRIMARY KEY,
  complaint_seq INTEGER NOT NULL,
  operation     TEXT NOT NULL,
  actor         TEXT NOT NULL,
  at_ms         INTEGER NOT NULL,
  reject_reason TEXT,
  wait_wms      INTEGER
);
CREATE INDEX report_decision_complaint ON report_decision (complaint_seq);
CREATE INDEX report_decision_at ON report_decision (at_ms);

-- What the dashboard reads (reports/tally-sql.ts): per WIB day, how many events of a kind happened for a
-- group ('' for none), and per day, week and month (start = its first day) a histogram of working
-- durations (n values in the bucket, wms their sum). Kept by triggers, never written by hand.
CREATE TABLE report_tally (
  kind TEXT NOT NULL,
  grp  TEXT NOT NULL,
  day  INTEGER NOT NULL,
  n    INTEGER NOT NULL,
  PRIMARY KEY (kind, day, grp)
) WITHOUT ROWID;
CREATE TABLE report_hist (
  metric TEXT NOT NULL,
  grain  TEXT NOT NULL CHECK (grain IN ('day', 'week', 'month')),
  start  INTEGER NOT NULL,
  grp    TEXT NOT NULL,
  bucket INTEGER NOT NULL,
  n      INTEGER NOT NULL,
  wms    INTEGER NOT NULL,
  PRIMARY KEY (metric, grain, start, grp, bucket)
) WITHOUT ROWID;

-- "Overdue now" counts open clocks of some statuses past due, by dinas and by kecamatan, from this
-- index alone.
CREATE INDEX complaint_report_due ON complaint (status, due_ms, dinas_id, kecamatan_id, received_ms)
  WHERE due_ms IS NOT NULL AND master_id IS NULL;
`;

export const migration007: Migration = {
  version: 7,
  name: 'reports',
  up(db) {
    // Derived data, not a record: the backfill is the live derivation itself (rebuildReports, which also
    // creates the triggers). It runs in the newest migration that changes these tables (010), since it
    // writes the schema of this build, not this step's.
    db.exec(SCHEMA);
  },
};
