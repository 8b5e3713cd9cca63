import { missingCase } from '../assert.ts';
import type { OperationName } from './operations.ts';
import type { Role } from './vocabulary.ts';

/** What a person may do. Core checks these on every call; the UI only hides what would be refused. */
export const PERMISSIONS = [
  /** Read complaints (a penghubung only those of their own dinas) and the city's master data. */
  'complaint.read',
  /** The moderator's judgement: verify, hold, reject, not authority, merge, archive, reopen, priority. */
  'complaint.decide',
  /** Dispose to a dinas, and dispose again elsewhere (reassign). */
  'complaint.dispose',
  /** The dinas's side: acknowledge and record the follow-up. */
  'complaint.respond',
  /** The verifier's step: confirm a follow-up as done or send it back to the dinas. */
  'complaint.confirm',
  'complaint.note',
  /** Give an item to a person, and reassign many at once. */
  'complaint.assign',
  'queue.read',
  'audit.read',
  /** The supervisors' dashboard of per-dinas and desk figures, and its export. */
  'reports.read',
  'users.manage',
  /** Deadline profiles, holidays and other desk settings. */
  'settings.manage',
  'templates.manage',
  /** Settle a sync conflict that two people's offline decisions caused. */
  'conflict.resolve',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MODERATOR = ['complaint.read', 'complaint.decide', 'complaint.dispose', 'complaint.note'] as const;

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  penghubung: ['complaint.read', 'complaint.respond', 'complaint.note'],
  moderator: MODERATOR,
  supervisor: [
    ...MODERATOR,
    'complaint.confirm',
    'complaint.assign',
    'queue.read',
    'audit.read',
    'reports.read',
    'conflict.resolve',
  ],
  admin: PERMISSIONS,
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The permission each complaint operation needs: a new operation does not build until it is listed. */
export function permissionForOperation(name: OperationName): Permission {
  switch (name) {
    case 'verify':
    case 'hold':
    case 'reject':
    case 'mark_not_authority':
    case 'merge_duplicate':
    case 'archive':
    case 'reopen':
    case 'set_priority':
    case 'set_lapor':
    case 'set_flag':
      return 'complaint.decide';
    case 'dispose':
      return 'complaint.dispose';
    case 'acknowledge':
    case 'record_response':
      return 'complaint.respond';
    case 'confirm_done':
    case 'return_to_dinas':
      return 'complaint.confirm';
    case 'add_note':
      return 'complaint.note';
    case 'assign':
      return 'complaint.assign';
    case 'resolve_conflict':
      return 'conflict.resolve';
    default:
      return missingCase(name);
  }
}

export const mayApply = (role: Role, name: OperationName): boolean =>
  hasPermission(role, permissionForOperation(name));
