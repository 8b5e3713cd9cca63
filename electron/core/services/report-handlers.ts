import type Database from 'better-sqlite3';
import type { Handlers } from '../api/dispatch.ts';
import { scopeOf } from '../auth/access.ts';
import { dashboard } from '../reports/dashboard.ts';
import { dashboardXlsx } from '../reports/export-dashboard.ts';
import { complaintsCsv, complaintsXlsx } from '../reports/export-complaints.ts';

type ReportHandlers = Pick<
  Handlers,
  'reports.dashboard' | 'exports.dashboardXlsx' | 'exports.complaintsXlsx' | 'exports.complaintsCsv'
>;

/** The supervisors' figures, and the inbox as a file (a penghubung's export holds only their dinas). */
export function reportHandlers(db: Database.Database): ReportHandlers {
  return {
    'reports.dashboard': (query) => dashboard(db, query),
    'exports.dashboardXlsx': (query) => dashboardXlsx(db, query),
    'exports.complaintsXlsx': (query, { user }) => complaintsXlsx(db, query, scopeOf(user)),
    'exports.complaintsCsv': (query, { user }) => complaintsCsv(db, query, scopeOf(user)),
  };
}
