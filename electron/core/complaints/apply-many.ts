import type Database from 'better-sqlite3';
import type { ApplyManyResult, BulkItemResult, Operation } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { recordOperation, type Actor } from './apply.ts';
import { withOperationLog, type OperationLog } from './operation-log.ts';
import { planOperation, type PlannedOperation } from './plan.ts';
import { EVERYTHING, type Scope } from './scope.ts';

/**
 * One item: refused before anything is written (planOperation), so a refusal needs no savepoint and is
 * reported; an applied item is recorded through the single-item path.
 */
function applyOne(
  db: Database.Database,
  log: OperationLog,
  who: Actor,
  complaintId: string,
  op: Operation,
  scope: Scope,
): BulkItemResult {
  let planned: PlannedOperation;
  try {
    planned = planOperation(db, complaintId, op, scope, log.dueOf);
  } catch (err) {
    if (!(err instanceof CoreError)) throw err; // a bug or a broken database: the whole call fails
    return { id: complaintId, ok: false, error: { code: err.code, message: err.message } };
  }
  recordOperation(db, log, who, planned);
  return { id: complaintId, ok: true };
}

/**
 * Applies one operation to many complaints in one transaction, each through the single-item path.
 * Items the state machine (or a reference check) refuses are listed and the rest applied; any error
 * while recording rolls the whole call back, so nothing is ever half-written.
 */
export function applyMany(
  db: Database.Database,
  who: Actor,
  complaintIds: readonly string[],
  op: Operation,
  scope: Scope = EVERYTHING,
): ApplyManyResult {
  return db
    .transaction(() =>
      withOperationLog(db, (log) => ({
        results: complaintIds.map((id) => applyOne(db, log, who, id, op, scope)),
      })),
    )
    .immediate();
}
