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

/** The complaints whose ids are in the JSON array bound to it. */
const LISTED = 'a.complaint_id IN (SELECT value FROM json_each(?))';
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

// Made once: prepared() finds a statement by its text.
const DECISIONS_OF_LISTED = upsertDecisions(LISTED);
const DISPOSITIONS_OF_LISTED = upsertDispositions(LISTED);

/*
 * Writes the listed items' rows again from their events, by id: unchanged rows are left alone and the
 * triggers move only what changed. Idempotent. The items go in one statement: a statement that fires
 * triggers keeps a journal of the pages it writes, which costs more than the rows of one item do.
 */
function writeDecisions(db: Database.Database, complaintIds: readonly string[]): void {
  if (complaintIds.length > 0) prepared(db, DECISIONS_OF_LISTED).run(JSON.stringify(complaintIds));
}

function writeDispositions(db: Database.Database, complaintIds: readonly string[]): void {
  if (complaintIds.length > 0) prepared(db, DISPOSITIONS_OF_LISTED).run(JSON.stringify(complaintIds));
}

/**
 * Rewrites one complaint's summary rows from its events, and deletes its rows whose event is gone: what
 * the sync pull calls, in its transaction, after writing events pulled from the hub (events may arrive
 * late or out of order; this is idempotent).
 */
export function refreshComplaintReport(db: Database.Database, complaintId: string): void {
  const item = prepared<[string], { seq: number; receivedMs: number }>(
    db,
    'SELECT seq, received_ms AS receivedMs FROM complaint WHERE id = ?',
  ).get(complaintId);
  if (item === undefined) return;
  coverReportCalendar(db, item.receivedMs, Date.now());
  writeDecisions(db, [complaintId]);
  writeDispositions(db, [complaintId]);
  prepared(db, STALE_DECISIONS).run(item.seq, complaintId);
  prepared(db, STALE_DISPOSITIONS).run(item.seq, complaintId);
}

/** What the report upkeep needs to know of an operation's complaint. */
export type ReportedComplaint = { complaintId: string; receivedMs: number };

/**
 * The report upkeep of the operations of one transaction: `add` notes what an operation can change,
 * `flush` refreshes it, once per item, after the transaction's audit events are written.
 */
export type ReportUpkeep = { add(item: ReportedComplaint, op: OperationName): void; flush(): void };

/**
 * Refreshes only the part of the summary an operation can change, and nothing for bookkeeping (notes,
 * priority, flags, queues), so a bulk action pays for what it reports. An item's rows depend only on its
 * own events and row, so refreshing each item once at the end of a bulk action leaves the rows a refresh
 * after each of its operations would. An operation only adds events (the log refuses changes and
 * deletions), so it never leaves a row whose event is gone: there is nothing stale to look for.
 */
export function reportUpkeep(db: Database.Database): ReportUpkeep {
  const decisions = new Set<string>();
  const dispositions = new Set<string>();
  let fromMs = Infinity;
  return {
    add({ complaintId, receivedMs }, op) {
      if (DECISIONS.has(op)) decisions.add(complaintId);
      else if (DISPOSITIONS.has(op)) dispositions.add(complaintId);
      else return;
      fromMs = Math.min(fromMs, receivedMs);
    },
    flush() {
      if (fromMs === Infinity) return;
      coverReportCalendar(db, fromMs, Date.now());
      writeDecisions(db, [...decisions]);
      writeDispositions(db, [...dispositions]);
      decisions.clear();
      dispositions.clear();
      fromMs = Infinity;
    },
  };
}

/** The report upkeep of one operation on a complaint, in the caller's transaction after its event. */
export function reportOperation(db: Database.Database, complaintId: string, op: OperationName): void {
  const receivedMs = prepared<[string], number>(db, 'SELECT received_ms FROM complaint WHERE id = ?')
    .pluck()
    .get(complaintId);
  if (receivedMs === undefined) return;
  const upkeep = reportUpkeep(db);
  upkeep.add({ complaintId, receivedMs }, op);
  upkeep.flush();
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
