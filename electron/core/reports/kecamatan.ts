import type Database from 'better-sqlite3';
import type { KecamatanFigures } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';
import { overdueByKecamatan } from './overdue.ts';
import type { Span } from './period.ts';
import { talliesIn } from './tally.ts';

/**
 * Items received in the period by kecamatan (unknown place: null), with those still open now (a clock
 * runs) and those overdue now. Merged duplicates are not counted.
 */
export function kecamatanFigures(db: Database.Database, span: Span, nowMs: number): KecamatanFigures[] {
  const t = talliesIn(db, ['received', 'open'], span);
  const overdue = overdueByKecamatan(db, span, nowMs);
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
