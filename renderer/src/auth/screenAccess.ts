import type { Permission } from '../../../shared/index.ts';
import type { Screen } from '../app/route.ts';

/** The permission a screen's first call needs: the menu shows only screens the user may open. */
export const SCREEN_PERMISSION: Record<Screen, Permission> = {
  inbox: 'complaint.read',
  queue: 'queue.read',
  // Merging duplicates is a moderator's decision.
  clusters: 'complaint.decide',
  // Moderators may open the screen too (from the sync indicator); the menu offers it to who resolves.
  conflicts: 'conflict.resolve',
  reports: 'reports.read',
  audit: 'audit.read',
  settings: 'settings.manage',
};
