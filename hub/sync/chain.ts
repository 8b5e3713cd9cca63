import {
  applyOperation,
  FIELD_GROUPS,
  GROUP_NAMES,
  stateDiff,
  type ComplaintState,
  type FieldGroup,
  type GroupVersions,
  type SyncOp,
} from '../../shared/index.ts';
import type { ComplaintNow } from './facts.ts';
import { intentOf } from './intent.ts';

/*
 * Why a chain: the hub numbers a field group with the hub version of its last change (unique, so two
 * different histories never share a number), while a desktop bumps its own copy by one for each pending
 * operation (shared bumpVersions). A desktop's second offline operation on an item therefore carries
 * "first read + 1". The chain remembers, per desktop, item and group, which hub version that number
 * stands for: the first operation's hub version when it was applied, or none when it was not (conflict,
 * rejection), which makes everything built on it stale: it conflicts instead of overwriting.
 */

export type ChainLink = { seen: number; hubVersion: number | null };
export type Chain = Partial<Record<FieldGroup, ChainLink>>;

/** The hub version a read-set entry stands for (null: a state the hub never had). */
export function standsFor(op: SyncOp, chain: Chain, group: FieldGroup): number | null {
  const link = chain[group];
  return link !== undefined && link.seen === op.readSet[group] ? link.hubVersion : op.readSet[group];
}

/** The hub's versions after a change: each changed group takes the version of this write. */
export function stampVersions(
  versions: GroupVersions,
  changed: Partial<ComplaintState>,
  version: number,
): GroupVersions {
  const stamped = { ...versions };
  for (const group of GROUP_NAMES) {
    if (FIELD_GROUPS[group].some((field) => field in changed)) stamped[group] = version;
  }
  return stamped;
}

const groupsOf = (changed: Partial<ComplaintState>): FieldGroup[] =>
  GROUP_NAMES.filter((g) => FIELD_GROUPS[g].some((field) => field in changed));

/**
 * The links after an operation: the groups the desktop bumped when it applied the operation locally now
 * read "read set + 1", standing for the hub's version of the group (applied or converged: the desktop's
 * copy matches the hub) or for nothing (conflict or rejection: the desktop's copy is a state the hub
 * never had).
 */
export function nextLinks(
  op: SyncOp,
  before: ComplaintNow,
  changed: Partial<ComplaintState>,
  hub: GroupVersions | null,
): Chain {
  const local = applyOperation(before.state, op.operation);
  const localChanged = local.ok ? stateDiff(before.state, local.state).after : {};
  const bumped = new Set<FieldGroup>([
    ...groupsOf(changed),
    ...groupsOf(localChanged),
    ...intentOf(op.operation).guards,
  ]);
  const links: Chain = {};
  for (const group of bumped)
    links[group] = { seen: op.readSet[group] + 1, hubVersion: hub ? hub[group] : null };
  return links;
}
