import type Database from 'better-sqlite3';
import { coverReportCalendar, sqlWorking } from '../../../electron/core/reports/calendar.ts';
import { upsertMeasuredDispositions } from '../../../electron/core/reports/summary-sql.ts';

const HOUR_MS = 3_600_000;
export const YEAR_MS = 365 * 24 * HOUR_MS;

/** An hour count that varies from item to item: `base` plus 0..spread−1 hours picked by the item's seq. */
const hoursOf = (base: number, spread: number, salt: number) =>
  `(${base} + (y.seq / 1024 + ${salt}) % ${spread}) * ${HOUR_MS}`;
/** A time that has not happened by `now` has not happened. */
const byNow = (ms: string) => `CASE WHEN ${ms} <= :now THEN ${ms} END`;

/*
 * The report summary a year of a desk leaves, from the desk history's statuses (workTheDesk writes no
 * events): each item's life starts at t0, spread evenly over the year in received order (the demo's
 * receipts span 90 days; the dashboard is measured over a year). The rows go in through the app's own
 * measuring statement and its triggers, which keep the tallies and histograms as every operation does;
 * only the rows themselves are made up here, because operations stamp the wall clock and cannot leave
 * a year of history behind in a bench run.
 */
// Bound numbers are REAL in SQLite: t0 is cast, so every time and day number stays an integer.
const YEAR = `CREATE TEMP TABLE report_year AS
  SELECT c.seq, c.status, c.verdict, c.reject_reason, c.dinas_id, c.category_id, c.master_id,
    CAST(:now - :year + (row_number() OVER (ORDER BY c.seq)) * :year / (count(*) OVER ()) AS INTEGER) AS t0
  FROM complaint c`;

/** Disposed a day after t0; one in twelve first to another dinas and passed on after 30 hours. */
const DISPOSITIONS = `
SELECT y.seq * 4 + 1 AS id, y.seq AS complaint_seq,
  (SELECT d.id FROM dinas d WHERE d.id <> y.dinas_id ORDER BY (d.position + y.seq) % 7, d.position LIMIT 1) AS dinas_id,
  y.category_id, y.t0 + ${hoursOf(20, 6, 0)} AS disposed_ms, y.t0 + ${hoursOf(50, 6, 0)} AS passed_ms,
  ${byNow(`y.t0 + ${hoursOf(26, 20, 1)}`)} AS ack_ms, NULL AS response_ms, NULL AS settled_ms, 0 AS reopened
FROM report_year y WHERE y.dinas_id IS NOT NULL AND (y.seq / 1024) % 12 = 0
UNION ALL
SELECT y.seq * 4 + 2, y.seq, y.dinas_id, y.category_id, y.disposed_ms, NULL,
  CASE WHEN y.status <> 'didisposisikan' THEN ${byNow(`y.disposed_ms + ${hoursOf(1, 70, 2)}`)} END,
  CASE WHEN y.status IN ('ditindaklanjuti', 'selesai')
    THEN ${byNow(`y.disposed_ms + ${hoursOf(72, 150, 3)}`)} END,
  CASE WHEN y.status = 'selesai' THEN ${byNow(`y.disposed_ms + ${hoursOf(250, 72, 4)}`)} END,
  (y.seq / 1024) % 31 = 0
FROM (SELECT y.*, y.t0 + CASE WHEN (y.seq / 1024) % 12 = 0 THEN ${hoursOf(50, 6, 0)}
  ELSE ${hoursOf(20, 6, 0)} END AS disposed_ms FROM report_year y WHERE y.dinas_id IS NOT NULL) y`;

/** The desk: verified, held, rejected or merged a few hours after t0, by one of seven moderators. */
const DECISIONS = `INSERT INTO report_decision (id, complaint_seq, operation, actor, at_ms, reject_reason, wait_wms)
SELECT y.seq * 4, y.seq, y.operation, 'moderator' || ((y.seq / 1024) % 7), y.at, y.reject_reason,
  CASE WHEN y.operation = 'verify' THEN ${sqlWorking('y.at')} - ${sqlWorking('y.t0')} END
FROM (SELECT y.*, y.t0 + ${hoursOf(0, 30, 5)} + 60000 AS at,
  CASE WHEN y.master_id IS NOT NULL THEN 'merge_duplicate' WHEN y.verdict = 'ditolak' THEN 'reject'
    WHEN y.verdict = 'valid' THEN 'verify' WHEN y.status = 'ditunda' THEN 'hold' END AS operation
  FROM report_year y) y
WHERE y.operation IS NOT NULL AND y.at <= :now`;

/** Fills the report summary for the year before `now`; returns how many dispositions it holds. */
export function summariseTheYear(db: Database.Database, now: number): number {
  const times = { now, year: YEAR_MS };
  db.transaction(() => {
    coverReportCalendar(db, now - YEAR_MS - 30 * 24 * HOUR_MS, now);
    db.prepare(YEAR).run(times);
    db.prepare(upsertMeasuredDispositions(DISPOSITIONS)).run({ now });
    db.prepare(DECISIONS).run({ now });
    db.exec('DROP TABLE temp.report_year');
  })();
  return db.prepare<[], number>('SELECT count(*) FROM report_disposition').pluck().get() ?? 0;
}
