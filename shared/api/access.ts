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
  'reports.dashboard': 'reports.read',
  'exports.dashboardXlsx': 'reports.read',
  // The inbox as the caller sees it: a penghubung exports their own dinas's items only.
  'exports.complaintsXlsx': 'complaint.read',
  'exports.complaintsCsv': 'complaint.read',
  // Everyone at the desk sees how sync stands and may switch to "kerja offline"; connecting it to a hub
  // is an admin's setting. Rejected changes are listed within the caller's scope.
  'sync.status': 'complaint.read',
  'sync.setOffline': 'complaint.read',
  'sync.connect': 'settings.manage',
  'sync.now': 'complaint.read',
  'sync.rejected': 'complaint.read',
  // Conflicts are about decisions (verdict, disposition): for those who make them.
  'conflicts.list': 'complaint.decide',
  'conflicts.get': 'complaint.decide',
  // Flags help whoever reads the inbox; agreeing, clusters and merging are the moderators' judgement;
  // the model's quality, retraining and the word lists are admin settings.
  'flags.get': 'complaint.read',
  'flags.feedback': 'complaint.decide',
  'flags.status': 'complaint.read',
  'flags.clusters': 'complaint.decide',
  'flags.model': 'settings.manage',
  'flags.train': 'settings.manage',
  'flags.lists.get': 'settings.manage',
  'flags.lists.save': 'settings.manage',
} as const satisfies { [M in Method]: Access };

export type AccessOf<M extends Method> = (typeof ACCESS)[M];
