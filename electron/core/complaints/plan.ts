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
import { prepared } from '../db/statements.ts';
import { fromSqlFlags, type WithSqlFlags } from './record.ts';
import { checkReferences } from './references.ts';
import { inScope, type Scope } from './scope.ts';

type Current = WithSqlFlags<ComplaintState> & {
  vVerdict: number;
  vDisposition: number;
  vLifecycle: number;
  vPriority: number;
  vLapor: number;
  vAssignment: number;
  vFlag: number;
  receivedMs: number;
  startedMs: number | null;
};

const READ_CURRENT = `SELECT status, verdict, reject_reason AS rejectReason, type, category_id AS categoryId,
  dinas_id AS dinasId, priority, confidentiality, responsible_party AS responsibleParty, master_id AS masterId,
  lapor_tracking_no AS laporTrackingNo, lapor_recorded AS laporRecorded, assignee_id AS assigneeId, flagged,
  verdict_v AS vVerdict, disposition_v AS vDisposition, lifecycle_v AS vLifecycle, priority_v AS vPriority,
  lapor_v AS vLapor, assignee_v AS vAssignment, flag_v AS vFlag,
  received_ms AS receivedMs, stage_started_ms AS startedMs
  FROM complaint WHERE id = ?`;

/** An operation checked and worked out, nothing written yet: what recording it will write. */
export type PlannedOperation = {
  complaintId: string;
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
  const row = prepared<[string], Current>(db, READ_CURRENT).get(complaintId);
  if (!row || !inScope(scope, row.dinasId))
    throw new CoreError('not_found', `No complaint with id ${complaintId}`);
  const { vVerdict, vDisposition, vLifecycle, vPriority, vLapor, vAssignment, vFlag, ...rest } = row;
  const { receivedMs, startedMs, ...stored } = rest;
  const before: ComplaintState = fromSqlFlags(stored);
  const readSet: GroupVersions = {
    verdict: vVerdict,
    disposition: vDisposition,
    lifecycle: vLifecycle,
    priority: vPriority,
    lapor: vLapor,
    assignment: vAssignment,
    flag: vFlag,
  };
  const result = applyOperation(before, op);
  if (!result.ok) throw new CoreError(result.code, result.message);
  checkReferences(db, complaintId, op);

  const now = Date.now();
  const diff = stateDiff(before, result.state);
  return {
    complaintId,
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
