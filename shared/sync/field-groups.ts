import type { ComplaintState } from '../domain/complaint.ts';

/**
 * The field groups that sync versions separately (see shared/design/sync.md): the hub compares an
 * operation's read set per group, so two people changing different groups never conflict.
 */
export const FIELD_GROUPS = {
  verdict: [
    'verdict',
    'rejectReason',
    'type',
    'categoryId',
    'confidentiality',
    'responsibleParty',
    'masterId',
  ],
  disposition: ['dinasId'],
  lifecycle: ['status'],
  priority: ['priority'],
  lapor: ['laporTrackingNo', 'laporRecorded'],
  assignment: ['assigneeId'],
  flag: ['flagged'],
} as const satisfies Record<string, readonly (keyof ComplaintState)[]>;

export type FieldGroup = keyof typeof FIELD_GROUPS;
export type GroupVersions = Record<FieldGroup, number>;

export const GROUP_NAMES = Object.keys(FIELD_GROUPS) as FieldGroup[];

/** Every group at the same version: 0 for an item nobody has changed yet. */
export const versionsAt = (version: number): GroupVersions =>
  Object.fromEntries(GROUP_NAMES.map((g) => [g, version])) as GroupVersions;

/** The fields whose value differs, each side holding only those: what the audit trail records. */
export function stateDiff(
  before: ComplaintState,
  after: ComplaintState,
): { before: Partial<ComplaintState>; after: Partial<ComplaintState> } {
  const changed = (Object.keys(after) as (keyof ComplaintState)[]).filter((k) => before[k] !== after[k]);
  return {
    before: Object.fromEntries(changed.map((k) => [k, before[k]])),
    after: Object.fromEntries(changed.map((k) => [k, after[k]])),
  };
}

/** Versions after the change: each group with a changed field moves up by one. */
export function bumpVersions(versions: GroupVersions, changed: Partial<ComplaintState>): GroupVersions {
  const bumped = { ...versions };
  for (const group of GROUP_NAMES) {
    if (FIELD_GROUPS[group].some((field) => field in changed)) bumped[group] += 1;
  }
  return bumped;
}
