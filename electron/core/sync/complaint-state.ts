import type Database from 'better-sqlite3';
import { ComplaintState, GroupVersionsSchema, type GroupVersions } from '../../../shared/index.ts';
import { fromSqlFlags, type WithSqlFlags } from '../complaints/record.ts';
import { prepared } from '../db/statements.ts';

type Row = WithSqlFlags<ComplaintState> & {
  receivedMs: number;
  startedMs: number | null;
  verdictV: number;
  dispositionV: number;
  lifecycleV: number;
  priorityV: number;
  laporV: number;
  assignmentV: number;
  flagV: number;
};

const READ = `SELECT status, verdict, reject_reason AS rejectReason, type, category_id AS categoryId,
  dinas_id AS dinasId, priority, confidentiality, responsible_party AS responsibleParty, master_id AS masterId,
  lapor_tracking_no AS laporTrackingNo, lapor_recorded AS laporRecorded, assignee_id AS assigneeId, flagged,
  received_ms AS receivedMs, stage_started_ms AS startedMs,
  verdict_v AS verdictV, disposition_v AS dispositionV, lifecycle_v AS lifecycleV, priority_v AS priorityV,
  lapor_v AS laporV, assignee_v AS assignmentV, flag_v AS flagV
  FROM complaint WHERE id = ?`;

export type UiRow = {
  state: ComplaintState;
  versions: GroupVersions;
  receivedMs: number;
  startedMs: number | null;
};

/** The complaint row the UI reads, as state and versions (what rebase compares and rewrites). */
export function readUiRow(db: Database.Database, id: string): UiRow | null {
  const row = prepared<[string], Row>(db, READ).get(id);
  if (!row) return null;
  const {
    verdictV,
    dispositionV,
    lifecycleV,
    priorityV,
    laporV,
    assignmentV,
    flagV,
    receivedMs,
    startedMs,
    ...state
  } = row;
  return {
    state: fromSqlFlags(state),
    versions: {
      verdict: verdictV,
      disposition: dispositionV,
      lifecycle: lifecycleV,
      priority: priorityV,
      lapor: laporV,
      assignment: assignmentV,
      flag: flagV,
    },
    receivedMs,
    startedMs,
  };
}

export type Base = { state: ComplaintState; versions: GroupVersions; hubVersion: number };

// Stored JSON goes back through the schemas: a damaged row fails loudly instead of spreading.
export function readBase(db: Database.Database, id: string): Base | null {
  const row = prepared<[string], { stateJson: string; versionsJson: string; hubVersion: number }>(
    db,
    `SELECT state_json AS stateJson, versions_json AS versionsJson, hub_version AS hubVersion
     FROM complaint_base WHERE complaint_id = ?`,
  ).get(id);
  if (!row) return null;
  return {
    state: ComplaintState.parse(JSON.parse(row.stateJson)),
    versions: GroupVersionsSchema.parse(JSON.parse(row.versionsJson)),
    hubVersion: row.hubVersion,
  };
}
