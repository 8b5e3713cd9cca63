import type Database from 'better-sqlite3';
import { GroupVersionsSchema, Operation, type OpResult, type SyncOp } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';

/*
 * The outbox as sync sees it. Rows are never deleted here: an operation is kept until the hub has
 * answered for it, and the answer (state + result_json) stays for the list of rejected changes.
 */

type OutboxRow = {
  clientSeq: number;
  opId: string;
  name: string;
  complaintId: string;
  argsJson: string;
  readSetJson: string;
  actor: string;
  device: string;
  createdAt: string;
};

const COLUMNS = `client_seq AS clientSeq, op_id AS opId, name, complaint_id AS complaintId, args_json AS argsJson,
  read_set_json AS readSetJson, actor, device, created_at AS createdAt`;

// Parsed back through the schemas: a damaged row fails loudly instead of going up the wire.
const operationOf = (row: OutboxRow): Operation =>
  Operation.parse({ name: row.name, args: JSON.parse(row.argsJson) as unknown });

/** The next batch to push: pending operations in clientSeq order. */
export function pendingBatch(db: Database.Database, limit: number): SyncOp[] {
  return prepared<[number], OutboxRow>(
    db,
    `SELECT ${COLUMNS} FROM outbox WHERE state = 'pending' ORDER BY client_seq LIMIT ?`,
  )
    .all(limit)
    .map((row) => ({
      opId: row.opId,
      clientSeq: row.clientSeq,
      complaintId: row.complaintId,
      operation: operationOf(row),
      readSet: GroupVersionsSchema.parse(JSON.parse(row.readSetJson)),
      actor: row.actor,
      device: row.device,
      at: row.createdAt,
    }));
}

/**
 * This desk's operations on a complaint that its base does not show yet: still pending, or acknowledged
 * at a version above `shownUpTo`. The caller passes the larger of the base row's version and the pull
 * cursor: every change up to the cursor is in the base rows. The row's version alone is not enough: an
 * operation applied without changing the row (a note, a converged decision, a "current" resolution, a
 * response after the item moved) never raises it, and was replayed forever; the reducer then showed a
 * state the hub never had (torture, seed 1: a resolution replayed over a later confirm_done).
 */
export function opsToReplay(db: Database.Database, complaintId: string, shownUpTo: number): Operation[] {
  return prepared<[string, number], OutboxRow>(
    db,
    `SELECT ${COLUMNS} FROM outbox WHERE complaint_id = ? AND (state = 'pending'
       OR (state IN ('applied', 'converged') AND json_extract(result_json, '$.version') > ?))
     ORDER BY client_seq`,
  )
    .all(complaintId, shownUpTo)
    .map(operationOf);
}

/** Stores the hub's answers; returns the complaints of operations it did not apply (to rebase). */
export function recordResults(db: Database.Database, results: readonly OpResult[]): Set<string> {
  const undone = new Set<string>();
  const update = prepared(
    db,
    `UPDATE outbox SET state = ?, result_json = ?, attempts = attempts + 1, last_error = NULL
     WHERE op_id = ? AND client_seq = ? RETURNING complaint_id AS complaintId`,
  );
  for (const { opId, clientSeq, ...outcome } of results) {
    const row = update.get(outcome.outcome, JSON.stringify(outcome), opId, clientSeq) as
      { complaintId: string } | undefined;
    if (row && (outcome.outcome === 'conflict' || outcome.outcome === 'rejected'))
      undone.add(row.complaintId);
  }
  return undone;
}

/** A push that failed: counted and explained on each operation it carried; they stay pending. */
export function noteFailedAttempt(db: Database.Database, ops: readonly SyncOp[], error: string): void {
  const update = prepared(
    db,
    'UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE client_seq = ?',
  );
  db.transaction(() => {
    for (const op of ops) update.run(error.slice(0, 500), op.clientSeq);
  }).immediate();
}

/**
 * The hub no longer has this desk's operations from `seq` on (restored from a backup): they become
 * pending again and are pushed anew. Returns how many.
 */
export function reopenFrom(db: Database.Database, seq: number): number {
  return prepared(
    db,
    "UPDATE outbox SET state = 'pending', result_json = NULL WHERE client_seq >= ? AND state <> 'pending'",
  ).run(seq).changes;
}

export const pendingCount = (db: Database.Database): number =>
  prepared<[], number>(db, "SELECT count(*) FROM outbox WHERE state = 'pending'").pluck().get() ?? 0;
