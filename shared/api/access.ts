import type { Permission } from '../domain/permissions.ts';
import type { Method } from './contract.ts';

export type Access = 'public' | Permission;

/**
 * Who may call each method. Core's dispatch checks it before any handler runs; a new method does not
 * build until it is listed here. Public methods are what the start screen needs before anyone signs in
 * (sign-out too: it only ends the session whose token the caller holds).
 */
export const ACCESS = {
  'app.info': 'public',
  'auth.status': 'public',
  'auth.setup': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'users.list': 'users.manage',
  'users.save': 'users.manage',
  'master.get': 'complaint.read',
  'complaints.list': 'complaint.read',
  'complaints.count': 'complaint.read',
  'complaints.get': 'complaint.read',
  // Each operation then needs its own permission too (see permissionForOperation).
  'complaints.apply': 'complaint.read',
  'complaints.applyMany': 'complaint.read',
  'queue.summary': 'queue.read',
  'deadlines.get': 'settings.manage',
  'deadlines.saveProfile': 'settings.manage',
  'deadlines.deleteProfile': 'settings.manage',
  'deadlines.saveHoliday': 'settings.manage',
  'deadlines.deleteHoliday': 'settings.manage',
  'audit.list': 'audit.read',
  'audit.verify': 'audit.read',
  'audit.exportCsv': 'audit.read',
  // Whoever writes a response picks from the templates; only admins edit them.
  'templates.list': 'complaint.read',
  'templates.save': 'templates.manage',
  'templates.delete': 'templates.manage',
} as const satisfies { [M in Method]: Access };

export type AccessOf<M extends Method> = (typeof ACCESS)[M];
