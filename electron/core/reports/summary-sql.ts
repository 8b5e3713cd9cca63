import type { OperationName } from '../../../shared/index.ts';
import { sqlAddWorkingDays, sqlWorking } from './calendar.ts';

/*
 * The report summary is derived from the audit log (audit_event rows of complaints) and the response
 * rows: one row per disposition and one per desk decision. Each statement takes a fixed `scope`
 * condition over `audit_event a` (one complaint, or all of them for a rebuild); values are bound.
 */

/** An ISO time with offset, as stored in the log, in epoch milliseconds. */
const ms = (iso: string): string => `CAST(round((julianday(${iso}) - 2440587.5) * 86400000.0) AS INTEGER)`;

/*
 * `+operation` keeps SQLite off audit_event_operation: read through the item's own events
 * (audit_event_complaint), a refresh costs the same on a log of a million events as on an empty one.
 */

/** Events of the disposition `d` that come after it and before the next disposition of the item. */
const during = (operation: string): string => `FROM audit_event e WHERE e.complaint_id = d.complaint_id
  AND e.id > d.id AND (d.next_id IS NULL OR e.id < d.next_id) AND +e.operation = '${operation}'`;

/** The follow-up clock of a disposition's category (its own, else the city's), as dueCalculator picks. */
const profile = (column: 'amount' | 'unit'): string => `(SELECT p.${column} FROM deadline_profile p
  WHERE p.stage = 'tindak_lanjut' AND (p.category_id = r.category_id OR p.category_id IS NULL)
  ORDER BY p.category_id IS NULL LIMIT 1)`;

/** The calendar-dependent columns of a disposition `r`: working durations and the due time. */
const MEASURES = {
  ack_wms: `${sqlWorking('r.ack_ms')} - ${sqlWorking('r.disposed_ms')}`,
  response_wms: `${sqlWorking('r.response_ms')} - ${sqlWorking('r.disposed_ms')}`,
  due_ms: `CASE ${profile('unit')} WHEN 'jam' THEN r.disposed_ms + ${profile('amount')} * 3600000
    ELSE ${sqlAddWorkingDays('r.disposed_ms', profile('amount'))} END`,
};

/**
 * Writes rows by id, leaving alone those that did not change: a refresh after an operation then wakes
 * only the report triggers of what the operation moved (reports/tally-sql.ts).
 */
const upsert = (table: string, columns: readonly string[]): string =>
  `INSERT INTO ${table} (id, ${columns.join(', ')})`;
const onConflict = (table: string, columns: readonly string[]): string => `ON CONFLICT (id) DO UPDATE SET
  ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}
  WHERE ${columns.map((c) => `${table}.${c} IS NOT excluded.${c}`).join(' OR ')}`;

const DISPOSITION_COLUMNS = [
  'complaint_seq',
  'dinas_id',
  'category_id',
  'disposed_ms',
  'passed_ms',
  'ack_ms',
  'response_ms',
  'settled_ms',
  'reopened',
  ...Object.keys(MEASURES),
];

/**
 * Writes dispositions measured: `rows` selects (id, complaint_seq, dinas_id, category_id, disposed_ms,
 * passed_ms, ack_ms, response_ms, settled_ms, reopened), the ones measured under those names.
 * Materialized, so each time is read once, not once per use.
 */
export const upsertMeasuredDispositions = (rows: string): string => `
WITH r AS MATERIALIZED (${rows})
${upsert('report_disposition', DISPOSITION_COLUMNS)}
SELECT r.*, ${Object.values(MEASURES).join(', ')} FROM r WHERE true
${onConflict('report_disposition', DISPOSITION_COLUMNS)}`;

/**
 * A reassignment ends one disposition and starts the next, so each dinas is measured on its own time.
 * A dispose to the dinas it already had leaves no dinasId in the event's diff: the earlier one holds.
 * The response time is the one recorded with the response (respondedAt), never before the disposition.
 */
export const upsertDispositions = (scope: string): string =>
  upsertMeasuredDispositions(`
SELECT d.id, c.seq,
  coalesce(d.dinas_id, (SELECT json_extract(x.after_json, '$.dinasId') FROM audit_event x
    WHERE x.complaint_id = d.complaint_id AND +x.operation = 'dispose' AND x.id < d.id
      AND json_extract(x.after_json, '$.dinasId') IS NOT NULL ORDER BY x.id DESC LIMIT 1), c.dinas_id)
    AS to_dinas,
  c.category_id, d.ms AS disposed_ms, d.next_ms,
  (SELECT min(${ms('e.at')}) ${during('acknowledge')}) AS ack_ms,
  (SELECT min(max(${ms('r.responded_at')}, d.ms)) FROM response r WHERE r.complaint_id = d.complaint_id
    AND ${ms('r.created_at')} >= d.ms AND (d.next_ms IS NULL OR ${ms('r.created_at')} < d.next_ms)) AS response_ms,
  (SELECT min(${ms('e.at')}) ${during('confirm_done')}),
  EXISTS (SELECT 1 ${during('reopen')})
FROM (
  SELECT a.id, a.complaint_id, ${ms('a.at')} AS ms, lead(a.id) OVER w AS next_id,
    lead(${ms('a.at')}) OVER w AS next_ms, json_extract(a.after_json, '$.dinasId') AS dinas_id
  FROM audit_event a WHERE +a.operation = 'dispose' AND ${scope}
  WINDOW w AS (PARTITION BY a.complaint_id ORDER BY a.id)
) d JOIN complaint c ON c.id = d.complaint_id
-- A log that never names the dinas (hand-made history) has nothing to measure.
WHERE to_dinas IS NOT NULL`);

const DECISION_COLUMNS = ['complaint_seq', 'operation', 'actor', 'at_ms', 'reject_reason', 'wait_wms'];
/** The operations the desk's figures count. */
export const DECISION_OPERATIONS: readonly OperationName[] = [
  'verify',
  'hold',
  'reject',
  'mark_not_authority',
  'merge_duplicate',
];
const DECIDED = `(${DECISION_OPERATIONS.map((op) => `'${op}'`).join(', ')})`;

/** The desk's decisions; the first verification of an item also keeps its working time from receipt. */
export const upsertDecisions = (scope: string): string => `
${upsert('report_decision', DECISION_COLUMNS)}
SELECT a.id, c.seq, a.operation, a.actor, a.ms, json_extract(a.after_json, '$.rejectReason'),
  CASE WHEN a.operation = 'verify' AND NOT EXISTS (SELECT 1 FROM audit_event b
    WHERE b.complaint_id = a.complaint_id AND +b.operation = 'verify' AND b.id < a.id)
  THEN ${sqlWorking('a.ms')} - ${sqlWorking('c.received_ms')} END
FROM (SELECT a.*, ${ms('a.at')} AS ms FROM audit_event a
  WHERE +a.operation IN ${DECIDED} AND ${scope}) a
JOIN complaint c ON c.id = a.complaint_id WHERE true
${onConflict('report_decision', DECISION_COLUMNS)}`;

/**
 * Measures again the dispositions matching `where` (over `report_disposition r`) after the calendar or a
 * follow-up clock changed; the update trigger moves the aggregates of the rows whose values changed.
 */
export const measureDispositions = (where: string): string => `
UPDATE report_disposition AS r SET ${Object.entries(MEASURES)
  .map(([column, value]) => `${column} = ${value}`)
  .join(', ')}
WHERE ${where}`;

/** The verification waits of decisions matching `where` (over `report_decision r`), for a new calendar. */
export const measureDecisions = (where: string): string => `
UPDATE report_decision AS r SET wait_wms = ${sqlWorking('r.at_ms')} -
  ${sqlWorking('(SELECT c.received_ms FROM complaint c WHERE c.seq = r.complaint_seq)')}
WHERE r.wait_wms IS NOT NULL AND ${where}`;

/** Rows of the item (complaint_seq = ?) whose event (of audit_event a, complaint_id = ?) is gone. */
export const STALE_DISPOSITIONS = `DELETE FROM report_disposition WHERE complaint_seq = ? AND id NOT IN
  (SELECT a.id FROM audit_event a WHERE a.complaint_id = ? AND +a.operation = 'dispose')`;
export const STALE_DECISIONS = `DELETE FROM report_decision WHERE complaint_seq = ? AND id NOT IN
  (SELECT a.id FROM audit_event a WHERE a.complaint_id = ? AND +a.operation IN ${DECIDED})`;
