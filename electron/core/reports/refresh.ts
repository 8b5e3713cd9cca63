import type Database from 'better-sqlite3';
import type { OperationName } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';
import { coverReportCalendar } from './calendar.ts';
import {
  DECISION_OPERATIONS,
  STALE_DECISIONS,
  STALE_DISPOSITIONS,
  upsertDecisions,
  upsertDispositions,
} from './summary-sql.ts';
import { SOURCES, dropTriggersOf, fillFrom, triggersOf } from './tally-sql.ts';

const ONE = 'a.complaint_id = ?';
const ALL = 'a.complaint_id IS NOT NULL';

/** Operations whose events the summary reads: the desk's decisions and a disposition's life. */
const DECISIONS: ReadonlySet<OperationName> = new Set(DECISION_OPERATIONS);
const DISPOSITIONS: ReadonlySet<OperationName> = new Set([
  'dispose',
  'acknowledge',
  'record_response',
  'confirm_done',
  'reopen',
]);

/*
 * A refresh writes the item's rows again from its events, by id: unchanged rows are left alone and the
 * triggers move only what changed; rows whose event is gone are deleted. Idempotent.
 */
function refreshDecisions(db: Database.Database, complaintId: string, seq: number): void {
  prepared(db, upsertDecisions(ONE)).run(complaintId);
  prepared(db, STALE_DECISIONS).run(seq, complaintId);
}

function refreshDispositions(db: Database.Database, complaintId: string, seq: number): void {
  prepared(db, upsertDispositions(ONE)).run(complaintId);
  prepared(db, STALE_DISPOSITIONS).run(seq, complaintId);
}

const complaintTimes = (db: Database.Database, complaintId: string) =>
  prepared<[string], { seq: number; receivedMs: number }>(
    db,
    'SELECT seq, received_ms AS receivedMs FROM complaint WHERE id = ?',
  ).get(complaintId);

/**
 * Rewrites one complaint's summary rows from its events: what the sync pull calls, in its transaction,
 * after writing events pulled from the hub (events may arrive late or out of order; this is idempotent).
 */
export function refreshComplaintReport(db: Database.Database, complaintId: string): void {
  const row = complaintTimes(db, complaintId);
  if (row === undefined) return;
  coverReportCalendar(db, row.receivedMs, Date.now());
  refreshDecisions(db, complaintId, row.seq);
  refreshDispositions(db, complaintId, row.seq);
}

/**
 * The operation path's one call: refreshes only the part of the summary the operation can change, and
 * nothing for bookkeeping (notes, priority, flags, queues), so a bulk action pays for what it reports.
 */
export function reportOperation(db: Database.Database, complaintId: string, op: OperationName): void {
  const decision = DECISIONS.has(op);
  if (!decision && !DISPOSITIONS.has(op)) return;
  const row = complaintTimes(db, complaintId);
  if (row === undefined) return;
  coverReportCalendar(db, row.receivedMs, Date.now());
  if (decision) refreshDecisions(db, complaintId, row.seq);
  else refreshDispositions(db, complaintId, row.seq);
}

/**
 * Derives the whole summary again from the log, and its aggregates from the summary and the complaints:
 * the migration's backfill and a repair. The triggers are dropped meanwhile and the aggregates filled
 * in one grouped statement per source, instead of row by row; then the triggers are made again.
 */
export function rebuildReports(db: Database.Database): void {
  const span = prepared<[], { lo: number | null }>(db, 'SELECT min(received_ms) AS lo FROM complaint').get();
  coverReportCalendar(db, span?.lo ?? Date.now(), Date.now());
  for (const source of SOURCES) db.exec(dropTriggersOf(source));
  db.exec(
    'DELETE FROM report_decision; DELETE FROM report_disposition; DELETE FROM report_tally; DELETE FROM report_hist;',
  );
  prepared(db, upsertDecisions(ALL)).run();
  prepared(db, upsertDispositions(ALL)).run();
  for (const source of SOURCES) db.exec(`${fillFrom(source)}\n${triggersOf(source)}`);
}
