import type Database from 'better-sqlite3';
import {
  applyOperation,
  bumpVersions,
  stateDiff,
  type ComplaintState,
  type GroupVersions,
  type Operation,
} from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { nextClock, type ClockColumns } from '../deadlines/clock.ts';
import type { DueOf } from '../deadlines/profiles.ts';
import { readCurrent } from './current.ts';
import { checkReferences } from './references.ts';
import { inScope, type Scope } from './scope.ts';

/** An operation checked and worked out, nothing written yet: what recording it will write. */
export type PlannedOperation = {
  complaintId: string;
  /** When the complaint was received, as the report upkeep needs it. */
  receivedMs: number;
  op: Operation;
  /** ISO time of the operation. */
  at: string;
  before: ComplaintState;
  after: ComplaintState;
  /** Only the fields that change, on each side. */
  diff: { before: Partial<ComplaintState>; after: Partial<ComplaintState> };
  /** The group versions the operation was made on (its read set) and the versions after it. */
  readSet: GroupVersions;
  versions: GroupVersions;
  /** The deadline clock's new columns; undefined when it stays. */
  clock: ClockColumns | undefined;
};

/**
 * Reads the complaint and decides an operation on it without writing anything: every refusal (missing
 * or out of scope, the state machine, a reference that does not hold) is a CoreError thrown here, so a
 * refused item in a bulk action needs no savepoint to roll back. Run it in the transaction that records
 * the operation, so the state it decides on is the one the change is made on.
 */
export function planOperation(
  db: Database.Database,
  complaintId: string,
  op: Operation,
  scope: Scope,
  dueOf: DueOf,
): PlannedOperation {
  const current = readCurrent(db, complaintId);
  if (!current || !inScope(scope, current.before.dinasId))
    throw new CoreError('not_found', `No complaint with id ${complaintId}`);
  const { before, readSet, receivedMs, startedMs } = current;
  const result = applyOperation(before, op);
  if (!result.ok) throw new CoreError(result.code, result.message);
  checkReferences(db, complaintId, op);

  const now = Date.now();
  const diff = stateDiff(before, result.state);
  return {
    complaintId,
    receivedMs,
    op,
    at: new Date(now).toISOString(),
    before,
    after: result.state,
    diff,
    readSet,
    versions: bumpVersions(readSet, diff.after),
    clock: nextClock(before, result.state, op, now, { receivedMs, startedMs }, dueOf),
  };
}
