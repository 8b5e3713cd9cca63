import type Database from 'better-sqlite3';
import type { ComplaintState, GroupVersions } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';

/** What an operation is decided on: the complaint's state, its group versions and its clock's times. */
export type Current = {
  before: ComplaintState;
  readSet: GroupVersions;
  receivedMs: number;
  startedMs: number | null;
};

type S = ComplaintState;
/** One row of READ_CURRENT, column by column. */
type Row = [
  status: S['status'],
  verdict: S['verdict'],
  rejectReason: S['rejectReason'],
  type: S['type'],
  categoryId: S['categoryId'],
  dinasId: S['dinasId'],
  priority: S['priority'],
  confidentiality: S['confidentiality'],
  responsibleParty: S['responsibleParty'],
  masterId: S['masterId'],
  laporTrackingNo: S['laporTrackingNo'],
  laporRecorded: 0 | 1,
  assigneeId: S['assigneeId'],
  flagged: 0 | 1,
  verdictV: number,
  dispositionV: number,
  lifecycleV: number,
  priorityV: number,
  laporV: number,
  assigneeV: number,
  flagV: number,
  receivedMs: number,
  startedMs: number | null,
];

const READ_CURRENT = `SELECT status, verdict, reject_reason, type, category_id, dinas_id, priority,
  confidentiality, responsible_party, master_id, lapor_tracking_no, lapor_recorded, assignee_id, flagged,
  verdict_v, disposition_v, lifecycle_v, priority_v, lapor_v, assignee_v, flag_v,
  received_ms, stage_started_ms
  FROM complaint WHERE id = ?`;

/**
 * Reads what an operation on the complaint is decided on, or undefined when there is no such complaint.
 * The row comes as an array, not an object: making an object of 23 properties costs more than the read
 * itself, and a bulk action reads one per item.
 */
export function readCurrent(db: Database.Database, complaintId: string): Current | undefined {
  const row = prepared<[string], Row>(db, READ_CURRENT).raw().get(complaintId);
  if (row === undefined) return undefined;
  const [
    status,
    verdict,
    rejectReason,
    type,
    categoryId,
    dinasId,
    priority,
    confidentiality,
    responsibleParty,
    masterId,
    laporTrackingNo,
    laporRecorded,
    assigneeId,
    flagged,
    ...versionsAndClock
  ] = row;
  const [verdictV, dispositionV, lifecycleV, priorityV, laporV, assigneeV, flagV, receivedMs, startedMs] =
    versionsAndClock;
  return {
    before: {
      status,
      verdict,
      rejectReason,
      type,
      categoryId,
      dinasId,
      priority,
      confidentiality,
      responsibleParty,
      masterId,
      laporTrackingNo,
      laporRecorded: laporRecorded === 1,
      assigneeId,
      flagged: flagged === 1,
    },
    readSet: {
      verdict: verdictV,
      disposition: dispositionV,
      lifecycle: lifecycleV,
      priority: priorityV,
      lapor: laporV,
      assignment: assigneeV,
      flag: flagV,
    },
    receivedMs,
    startedMs,
  };
}
