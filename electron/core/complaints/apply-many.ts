import type Database from 'better-sqlite3';
import type { ApplyManyResult, BulkItemResult, Operation } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { applyInTransaction, type Actor } from './apply.ts';
import { EVERYTHING, type Scope } from './scope.ts';

/** One item in its own savepoint: a refusal rolls back that item's writes only and is reported. */
function applyOne(
  db: Database.Database,
  who: Actor,
  complaintId: string,
  op: Operation,
  scope: Scope,
): BulkItemResult {
  try {
    // Nested inside applyMany's transaction, better-sqlite3 runs this as a SAVEPOINT.
    db.transaction(() => applyInTransaction(db, who, complaintId, op, scope))();
    return { id: complaintId, ok: true };
  } catch (err) {
    if (!(err instanceof CoreError)) throw err; // a bug or a broken database: the whole call fails
    return { id: complaintId, ok: false, error: { code: err.code, message: err.message } };
  }
}

/**
 * Applies one operation to many complaints in one transaction, each through the single-item path.
 * Items the state machine (or a reference check) refuses are listed and the rest applied; an
 * unexpected error rolls the whole call back, so nothing is ever half-written.
 */
export function applyMany(
  db: Database.Database,
  who: Actor,
  complaintIds: readonly string[],
  op: Operation,
  scope: Scope = EVERYTHING,
): ApplyManyResult {
  return db
    .transaction(() => ({ results: complaintIds.map((id) => applyOne(db, who, id, op, scope)) }))
    .immediate();
}
