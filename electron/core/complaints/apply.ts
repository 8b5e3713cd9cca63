import type Database from 'better-sqlite3';
import {
  applyOperation,
  bumpVersions,
  stateDiff,
  type GroupVersions,
  strictAssert,
  type ComplaintDetail,
  type ComplaintState,
  type Operation,
} from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { appendAuditEvent } from '../audit/append.ts';
import { updateClock } from '../deadlines/clock.ts';
import { appendToOutbox } from '../outbox/append.ts';
import { writeEffects, eventNote } from './effects.ts';
import { getComplaint } from './get.ts';
import { fromSqlFlags, type WithSqlFlags } from './record.ts';
import { checkReferences } from './references.ts';
import { EVERYTHING, inScope, type Scope } from './scope.ts';
import { writeChanges } from './write-changes.ts';
import { prepared } from '../db/statements.ts';

type Current = WithSqlFlags<ComplaintState> & {
  vVerdict: number;
  vDisposition: number;
  vLifecycle: number;
  vPriority: number;
  vLapor: number;
  vAssignment: number;
  vFlag: number;
};

const READ_CURRENT = `SELECT status, verdict, reject_reason AS rejectReason, type, category_id AS categoryId,
  dinas_id AS dinasId, priority, confidentiality, responsible_party AS responsibleParty, master_id AS masterId,
  lapor_tracking_no AS laporTrackingNo, lapor_recorded AS laporRecorded, assignee_id AS assigneeId, flagged,
  verdict_v AS vVerdict, disposition_v AS vDisposition, lifecycle_v AS vLifecycle, priority_v AS vPriority,
  lapor_v AS vLapor, assignee_v AS vAssignment, flag_v AS vFlag
  FROM complaint WHERE id = ?`;

export type Actor = { actor: string; device: string };

/**
 * Applies one operation to a complaint in one transaction: state change with bumped group versions,
 * outbox row, audit event and the operation's own rows commit together or not at all. An item outside the
 * caller's scope answers as missing.
 */
export function applyToComplaint(
  db: Database.Database,
  who: Actor,
  complaintId: string,
  op: Operation,
  scope: Scope = EVERYTHING,
): ComplaintDetail {
  return db.transaction(() => {
    applyInTransaction(db, who, complaintId, op, scope);
    const detail = getComplaint(db, complaintId);
    strictAssert(detail, 'the complaint just updated exists');
    return detail;
  })();
}

/**
 * The write itself, inside the caller's transaction (or savepoint: applyMany runs one per item so a
 * refused item rolls back alone). Throws CoreError when the operation is refused.
 */
export function applyInTransaction(
  db: Database.Database,
  who: Actor,
  complaintId: string,
  op: Operation,
  scope: Scope = EVERYTHING,
): void {
  strictAssert(db.inTransaction, 'an operation is applied inside a transaction');
  const row = prepared<[string], Current>(db, READ_CURRENT).get(complaintId);
  // Checked here, in the transaction that writes, so the dinas read is the one the change is made on.
  if (!row || !inScope(scope, row.dinasId))
    throw new CoreError('not_found', `No complaint with id ${complaintId}`);
  const { vVerdict, vDisposition, vLifecycle, vPriority, vLapor, vAssignment, vFlag, ...stored } = row;
  const state: ComplaintState = fromSqlFlags(stored);
  const versions: GroupVersions = {
    verdict: vVerdict,
    disposition: vDisposition,
    lifecycle: vLifecycle,
    priority: vPriority,
    lapor: vLapor,
    assignment: vAssignment,
    flag: vFlag,
  };
  const result = applyOperation(state, op);
  if (!result.ok) throw new CoreError(result.code, result.message);
  checkReferences(db, complaintId, op);

  const at = new Date().toISOString();
  const diff = stateDiff(state, result.state);
  const next = bumpVersions(versions, diff.after);
  const s = result.state;
  writeChanges(db, complaintId, diff.after, versions, next, at);
  const when = { ...who, at };
  const opId = appendToOutbox(db, complaintId, op, versions, when);
  appendAuditEvent(db, {
    ...when,
    complaintId,
    opId,
    operation: op.name,
    before: diff.before,
    after: diff.after,
    note: eventNote(op),
  });
  writeEffects(db, complaintId, s, op, when);
  updateClock(db, complaintId, state, s, op, Date.parse(at));
}
