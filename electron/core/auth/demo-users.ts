import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { DemoUser } from '../../../shared/index.ts';
import { hashPasswordSync } from './password.ts';
import { hasUsers, insertUser } from './users.ts';

/** Published on the sign-in screen while demo users exist; never a real desk's password. */
export const DEMO_PASSWORD = 'demo12345';

export const DEMO_USERS = [
  { username: 'moderator', displayName: 'Moderator Demo', role: 'moderator', dinasId: null },
  { username: 'supervisor', displayName: 'Supervisor Demo', role: 'supervisor', dinasId: null },
  { username: 'admin', displayName: 'Admin Demo', role: 'admin', dinasId: null },
  { username: 'penghubung.pupr', displayName: 'Penghubung Dinas PUPR', role: 'penghubung', dinasId: 'pupr' },
  { username: 'penghubung.dlh', displayName: 'Penghubung DLH', role: 'penghubung', dinasId: 'dlh' },
] as const satisfies readonly DemoUser[];

/**
 * A demo user's id, derived from the username so every desktop and hub seeds the same ids (operations
 * name people by id, e.g. an assignee). Shaped as a version-4 UUID, which the schemas require.
 */
export function demoUserId(username: string): string {
  const hex = createHash('sha256').update(`saring-demo:${username}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** One user per role (two liaisons), added with the demo complaints and only to a desk without users. */
export function seedDemoUsers(db: Database.Database): void {
  if (hasUsers(db)) return;
  const at = new Date().toISOString();
  const rows = DEMO_USERS.map((u) => ({
    ...u,
    id: demoUserId(u.username),
    passwordHash: hashPasswordSync(DEMO_PASSWORD),
  }));
  db.transaction(() => {
    for (const row of rows) insertUser(db, { ...row, active: true, isDemo: true }, at);
  }).immediate();
}

/** The demo users that still have the demo password and may sign in, for the sign-in screen. */
export function demoUsers(db: Database.Database): DemoUser[] {
  return db
    .prepare<[], DemoUser>(
      `SELECT username, display_name AS displayName, role, dinas_id AS dinasId
       FROM app_user WHERE is_demo = 1 AND active = 1 ORDER BY created_at, rowid`,
    )
    .all();
}
