import type Database from 'better-sqlite3';
import type { KecamatanFigures } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';
import { LATE_STATUSES } from '../deadlines/stage.ts';
import { NOT_MERGED, type Span } from './period.ts';
import { talliesIn } from './tally.ts';

/**
 * Past a deadline in a stage where someone is late, as the inbox's overdue filter says, and received in
 * the span: read from complaint_report_due alone (a seq range would send SQLite through the table).
 */
const OVERDUE = `SELECT coalesce(c.kecamatan_id, '') AS grp, count(*) AS n FROM complaint c
  WHERE c.due_ms < ? AND ${NOT_MERGED} AND c.status IN (${LATE_STATUSES.map(() => '?').join(', ')})
    AND c.received_ms >= ? AND c.received_ms < ?
  GROUP BY grp`;

/**
 * Items received in the period by kecamatan (unknown place: null), with those still open now (a clock
 * runs) and those overdue now. Merged duplicates are not counted.
 */
export function kecamatanFigures(db: Database.Database, span: Span, nowMs: number): KecamatanFigures[] {
  const t = talliesIn(db, ['received', 'open'], span);
  const overdue = new Map(
    prepared<(number | string)[], { grp: string; n: number }>(db, OVERDUE)
      .all(nowMs, ...LATE_STATUSES, span.startMs, span.endMs)
      .map((r) => [r.grp, r.n]),
  );
  const row = (kecamatanId: string | null): KecamatanFigures => {
    const grp = kecamatanId ?? '';
    return {
      kecamatanId,
      received: t.of('received', grp),
      open: t.of('open', grp),
      overdueNow: overdue.get(grp) ?? 0,
    };
  };
  const known = prepared<[], string>(db, 'SELECT id FROM kecamatan ORDER BY position').pluck().all();
  const unplaced = row(null);
  return unplaced.received === 0 ? known.map(row) : [...known.map(row), unplaced];
}
