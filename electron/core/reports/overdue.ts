import type Database from 'better-sqlite3';
import { prepared } from '../db/statements.ts';
import { LATE_STATUSES } from '../deadlines/stage.ts';
import { NOT_MERGED, dayOf, dayStartOf, type Span } from './period.ts';
import { WITH_DINAS } from './tally-sql.ts';

/*
 * "Overdue now": open clocks past their deadline at `nowMs`. The tallies of open clocks by the day they
 * run out (tally-sql.ts: with_dinas, late_open) hold every clock due before today; the few due earlier
 * today are counted from complaint_report_due. The sum reads a row per group, day received and day due,
 * not one per overdue item, so it stays small as the backlog grows (a million items: a few thousand rows).
 */

type Count = { grp: string; n: number };
const marks = (statuses: readonly string[]) => statuses.map(() => '?').join(', ');

/** Open with their dinas and past due, per dinas. */
const BY_DINAS = `SELECT grp, sum(n) AS n FROM (
    SELECT grp, n FROM report_tally WHERE kind = 'with_dinas' AND due_day < ?
    UNION ALL
    SELECT c.dinas_id, 1 FROM complaint c
    WHERE c.status IN (${marks(WITH_DINAS)}) AND c.due_ms >= ? AND c.due_ms < ? AND ${NOT_MERGED}
      AND c.dinas_id IS NOT NULL
  ) GROUP BY grp`;

/** Past a deadline in a stage where someone is late, as the inbox's overdue filter says, per kecamatan. */
const BY_KECAMATAN = `SELECT grp, sum(n) AS n FROM (
    SELECT grp, n FROM report_tally WHERE kind = 'late_open' AND day >= ? AND day < ? AND due_day < ?
    UNION ALL
    SELECT coalesce(c.kecamatan_id, ''), 1 FROM complaint c
    WHERE c.status IN (${marks(LATE_STATUSES)}) AND c.due_ms >= ? AND c.due_ms < ? AND ${NOT_MERGED}
      AND c.received_ms >= ? AND c.received_ms < ?
  ) GROUP BY grp`;

const byGroup = (rows: Count[]) => new Map(rows.map((r) => [r.grp, r.n]));

export function overdueByDinas(db: Database.Database, nowMs: number): Map<string, number> {
  const today = dayOf(nowMs);
  return byGroup(
    prepared<(number | string)[], Count>(db, BY_DINAS).all(today, ...WITH_DINAS, dayStartOf(today), nowMs),
  );
}

/** Of the items received in the span; the unplaced ones under ''. */
export function overdueByKecamatan(db: Database.Database, span: Span, nowMs: number): Map<string, number> {
  const today = dayOf(nowMs);
  return byGroup(
    prepared<(number | string)[], Count>(db, BY_KECAMATAN).all(
      span.firstDay,
      span.endDay,
      today,
      ...LATE_STATUSES,
      dayStartOf(today),
      nowMs,
      span.startMs,
      span.endMs,
    ),
  );
}
