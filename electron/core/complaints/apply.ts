import type Database from 'better-sqlite3';
import { strictAssert, type ComplaintDetail, type Operation } from '../../../shared/index.ts';
import { eventNote, writeEffects } from './effects.ts';
import { getComplaint } from './get.ts';
import { withOperationLog, type OperationLog } from './operation-log.ts';
import { planOperation, type PlannedOperation } from './plan.ts';
import { EVERYTHING, type Scope } from './scope.ts';
import { writeChanges } from './write-changes.ts';

export type Actor = { actor: string; device: string };

/**
 * Applies one operation to a complaint in one transaction: state change with bumped group versions,
 * deadline clock, outbox row, audit event and the operation's own rows commit together or not at all.
 * An item outside the caller's scope answers as missing.
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
  }).immediate();
}

/**
 * The write itself, inside the caller's transaction. Throws CoreError, before writing anything, when
 * the operation is refused.
 */
export function applyInTransaction(
  db: Database.Database,
  who: Actor,
  complaintId: string,
  op: Operation,
  scope: Scope = EVERYTHING,
): void {
  strictAssert(db.inTransaction, 'an operation is applied inside a transaction');
  withOperationLog(db, (log) =>
    recordOperation(db, log, who, planOperation(db, complaintId, op, scope, log.dueOf)),
  );
}

/**
 * Writes a planned operation: the complaint's changed columns with their versions and clock, the outbox
 * row, the audit event and the operation's own rows, and notes its report upkeep. Everything an operation
 * leaves behind is written here or, for the audit event and the report, by the log when the transaction's
 * operations are done; a failure here is not a refusal, and the caller's whole transaction rolls back.
 */
export function recordOperation(
  db: Database.Database,
  log: OperationLog,
  who: Actor,
  planned: PlannedOperation,
): void {
  const { complaintId, op, at, diff } = planned;
  writeChanges(db, complaintId, diff.after, planned.readSet, planned.versions, at, planned.clock);
  const when = { ...who, at };
  const opId = log.outbox.append(complaintId, op, planned.readSet, when);
  log.audit.append({
    ...when,
    complaintId,
    opId,
    operation: op.name,
    before: diff.before,
    after: diff.after,
    note: eventNote(op),
  });
  writeEffects(db, complaintId, planned.after, op, when);
  log.report.add(planned, op.name);
}
