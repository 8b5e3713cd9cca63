import type Database from 'better-sqlite3';
import { WIB_OFFSET_MS } from '../../../shared/calendar/workdays.ts';
import type { DeadlineStage } from '../../../shared/index.ts';
import { seqBefore } from '../complaints/seq.ts';
import type { SqlValue } from '../complaints/where.ts';
import { reportCalendarYears, writeReportCalendar } from './calendar.ts';
import { measureDecisions, measureDispositions } from './summary-sql.ts';

const DAY_MS = 86_400_000;

/** A change of the deadline rules, as narrow as the report needs to know it. */
export type RulesChange =
  /** A holiday or cuti bersama added or taken back on this WIB day (YYYY-MM-DD). */
  | { kind: 'day'; date: string }
  /** A deadline profile of a stage, for a category or (null) the city. */
  | { kind: 'clock'; stage: DeadlineStage; categoryId: string | null }
  /** Anything at all (the hub's rules replace ours). */
  | { kind: 'all' };

type Scope = { sql: string; params: SqlValue[] };
const EVERY_ROW: Scope = { sql: '1', params: [] };

/**
 * A day off moves exactly the durations and deadlines that run across it: a disposition made before the
 * day ends and acknowledged, answered or due after it begins; a first verification after it begins of
 * an item received before it ends. Read through the time indexes, so a day in the future touches only
 * the open dispositions due after it.
 */
function acrossDay(date: string): { dispositions: Scope; decisions: Scope } {
  const start = Date.parse(`${date}T00:00:00Z`) - WIB_OFFSET_MS;
  const end = start + DAY_MS;
  return {
    dispositions: {
      sql: '(r.ack_ms >= ? OR r.response_ms >= ? OR r.due_ms >= ?) AND r.disposed_ms < ?',
      params: [start, start, start, end],
    },
    decisions: { sql: 'r.at_ms >= ? AND r.complaint_seq < ?', params: [start, seqBefore(end)] },
  };
}

/** The follow-up clock sets due times; a category's own clock only its dispositions'. */
function ofClock(categoryId: string | null): Scope {
  if (categoryId !== null) return { sql: 'r.category_id = ?', params: [categoryId] };
  return {
    sql: `NOT EXISTS (SELECT 1 FROM deadline_profile p WHERE p.stage = 'tindak_lanjut'
      AND p.category_id = r.category_id)`,
    params: [],
  };
}

/**
 * After the deadline rules change, in the caller's transaction: measures again only the summary rows the
 * change can move (the update trigger then moves their aggregates). Only the day, or 'all', rewrites the
 * calendar; a clock of a stage other than the follow-up's moves nothing reported.
 */
export function remeasureReports(db: Database.Database, change: RulesChange): void {
  const years = reportCalendarYears(db);
  if (years === null) return;
  if (change.kind === 'clock') {
    if (change.stage !== 'tindak_lanjut') return;
    const scope = ofClock(change.categoryId);
    db.prepare(measureDispositions(scope.sql)).run(...scope.params);
    return;
  }
  writeReportCalendar(db, years.first, years.last);
  const { dispositions, decisions } =
    change.kind === 'day' ? acrossDay(change.date) : { dispositions: EVERY_ROW, decisions: EVERY_ROW };
  db.prepare(measureDispositions(dispositions.sql)).run(...dispositions.params);
  db.prepare(measureDecisions(decisions.sql)).run(...decisions.params);
}
