import type Database from 'better-sqlite3';
import type { ClockColumns } from '../deadlines/clock.ts';
import { prepared } from '../db/statements.ts';
import {
  GROUP_NAMES,
  type ComplaintState,
  type FieldGroup,
  type GroupVersions,
} from '../../../shared/index.ts';

/** Each state field's column. Fixed names only: no value ever reaches the SQL text. */
const COLUMN = {
  status: 'status',
  verdict: 'verdict',
  rejectReason: 'reject_reason',
  type: 'type',
  categoryId: 'category_id',
  dinasId: 'dinas_id',
  priority: 'priority',
  confidentiality: 'confidentiality',
  responsibleParty: 'responsible_party',
  masterId: 'master_id',
  laporTrackingNo: 'lapor_tracking_no',
  laporRecorded: 'lapor_recorded',
  assigneeId: 'assignee_id',
  flagged: 'flagged',
} as const satisfies Record<keyof ComplaintState, string>;

const VERSION_COLUMN = {
  verdict: 'verdict_v',
  disposition: 'disposition_v',
  lifecycle: 'lifecycle_v',
  priority: 'priority_v',
  lapor: 'lapor_v',
  assignment: 'assignee_v',
  flag: 'flag_v',
} as const satisfies Record<FieldGroup, string>;

const sqlValue = (value: ComplaintState[keyof ComplaintState]): string | number | null =>
  typeof value === 'boolean' ? (value ? 1 : 0) : value;

/**
 * Writes only the fields an operation changed, with their groups' versions (and the deadline clock, when
 * it moves: one UPDATE for both). Every indexed column in the SET list costs an index update even when
 * its value stays, and a bulk action of 10,000 items pays that 10,000 times: a verify touches 6 columns,
 * not all 14.
 */
export function writeChanges(
  db: Database.Database,
  complaintId: string,
  changed: Partial<ComplaintState>,
  before: GroupVersions,
  after: GroupVersions,
  at: string,
  clock?: ClockColumns,
): void {
  const fields = (Object.keys(COLUMN) as (keyof ComplaintState)[]).filter((f) => f in changed);
  const groups = GROUP_NAMES.filter((g) => after[g] !== before[g]);
  const sets = [
    ...fields.map((f) => `${COLUMN[f]} = ?`),
    ...groups.map((g) => `${VERSION_COLUMN[g]} = ?`),
    'updated_at = ?',
    ...(clock ? ['stage_started_ms = ?', 'due_ms = ?'] : []),
  ];
  prepared(db, `UPDATE complaint SET ${sets.join(', ')} WHERE id = ?`).run(
    ...fields.map((f) => sqlValue(changed[f] ?? null)),
    ...groups.map((g) => after[g]),
    at,
    ...(clock ? [clock.startedMs, clock.dueMs] : []),
    complaintId,
  );
}
