import type Database from 'better-sqlite3';
import type { Dashboard, DashboardQuery } from '../../../shared/index.ts';
import { jakartaIso } from '../deadlines/read.ts';
import { deskFigures } from './desk.ts';
import { dinasFigures } from './dinas.ts';
import { kecamatanFigures } from './kecamatan.ts';
import { spanOf } from './period.ts';
import { trend } from './trends.ts';

/** Every figure of the supervisors' dashboard for one period, read in one snapshot. */
export function dashboard(db: Database.Database, query: DashboardQuery, nowMs = Date.now()): Dashboard {
  const span = spanOf(query.period);
  return db.transaction(() => ({
    period: query.period,
    computedAt: jakartaIso(nowMs),
    dinas: dinasFigures(db, span, nowMs),
    desk: deskFigures(db, span),
    weekly: trend(db, span, 'week'),
    monthly: trend(db, span, 'month'),
    kecamatan: kecamatanFigures(db, span, nowMs),
  }))();
}
