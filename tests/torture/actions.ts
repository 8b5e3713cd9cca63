import {
  COMPLAINT_TYPES,
  PRIORITIES,
  REJECT_REASONS,
  isAllowed,
  mayApply,
  type ComplaintRow,
  type ConflictItem,
  type Operation,
  type Role,
} from '../../shared/index.ts';
import { pickWeighted, weighted, type Random } from '../../electron/core/demo/random.ts';
import { demoUserId } from '../../electron/core/auth/demo-users.ts';

/** The hub's demo people a torture desk acts as; each desk connects with all of them. */
export const TORTURE_USERS = [
  { username: 'penghubung.pupr', role: 'penghubung' },
  { username: 'penghubung.dlh', role: 'penghubung' },
  { username: 'moderator', role: 'moderator' },
  { username: 'supervisor', role: 'supervisor' },
] as const satisfies readonly { username: string; role: Role }[];

// Few values on purpose: two desks often pick the same item and different values, which makes conflicts.
const CATEGORIES = ['jalan-rusak', 'drainase', 'lampu-jalan'] as const;
const DINAS = ['pupr', 'dlh', 'dishub'] as const;

/** A uuid v4 from the seeded stream, so a replayed seed makes the same notes and responses. */
function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/**
 * Every operation of the domain with random but valid arguments, weighted by how often a desk does it:
 * the workflow steps (verify → dispose → acknowledge → respond → confirm) come up often enough that items
 * travel the whole lifecycle, and the guarded decisions often enough to collide across desks.
 */
function menu(random: Random, row: ComplaintRow, others: readonly ComplaintRow[]): [Operation, number][] {
  const other = others.filter((c) => c.id !== row.id);
  const menu: [Operation, number][] = [
    [
      {
        name: 'verify',
        args: {
          type: random.pick(COMPLAINT_TYPES),
          categoryId: random.pick(CATEGORIES),
          priority: random.pick(PRIORITIES),
          confidentiality: 'biasa',
        },
      },
      6,
    ],
    [{ name: 'hold', args: { missing: 'lokasi' } }, 1],
    [{ name: 'reject', args: { reason: random.pick(REJECT_REASONS) } }, 3],
    [{ name: 'mark_not_authority', args: { responsibleParty: 'BPJN' } }, 1],
    [{ name: 'archive', args: {} }, 1],
    [{ name: 'reopen', args: { reason: 'dibuka lagi' } }, 2],
    [{ name: 'dispose', args: { dinasId: random.pick(DINAS) } }, 6],
    [{ name: 'acknowledge', args: {} }, 5],
    [
      {
        name: 'record_response',
        args: {
          responseId: seededUuid(random),
          text: 'Sudah ditangani',
          respondedAt: new Date().toISOString(),
          isPublic: random.chance(0.5),
          evidence: [],
        },
      },
      5,
    ],
    [{ name: 'confirm_done', args: { by: 'supervisor' } }, 3],
    [{ name: 'return_to_dinas', args: { reason: 'belum tuntas' } }, 1],
    [{ name: 'add_note', args: { noteId: seededUuid(random), text: 'catatan' } }, 3],
    [{ name: 'set_priority', args: { priority: random.pick(PRIORITIES) } }, 3],
    [{ name: 'set_flag', args: { flagged: random.chance(0.5) } }, 1],
    [{ name: 'assign', args: { userId: demoUserId(random.pick(['moderator', 'supervisor'])) } }, 1],
  ];
  if (other.length > 0)
    menu.push([{ name: 'merge_duplicate', args: { masterId: random.pick(other).id } }, 1]);
  return menu;
}

/**
 * A random operation this person may apply to this item as their desk shows it, or null when there is
 * none. The desk may still refuse it (a penghubung's item moved meanwhile): that is a normal outcome.
 */
export function randomOperation(
  random: Random,
  role: Role,
  row: ComplaintRow,
  others: readonly ComplaintRow[],
): Operation | null {
  const fitting = menu(random, row, others).filter(
    ([op]) => mayApply(role, op.name) && isAllowed(row, op.name),
  );
  return fitting.length === 0 ? null : pickWeighted(random, weighted(fitting));
}

/** A supervisor settles an open conflict one way or the other, with that side's recorded value. */
export function resolution(random: Random, conflict: ConflictItem): Operation {
  const choice = random.chance(0.5) ? 'current' : 'incoming';
  return {
    name: 'resolve_conflict',
    args: { conflictId: conflict.id, choice, value: conflict[choice].value },
  };
}
