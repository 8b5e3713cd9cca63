import type Database from 'better-sqlite3';
import type { AuthStatus } from '../../../shared/index.ts';
import { DEMO_PASSWORD, demoUsers } from './demo-users.ts';
import { sessionUser } from './sessions.ts';
import { hasUsers } from './users.ts';

/** What the start screen shows: set-up, sign-in (with the demo users, if any) or the signed-in desk. */
export function authStatus(db: Database.Database, session: string | null): AuthStatus {
  const demo = demoUsers(db);
  return {
    needsSetup: !hasUsers(db),
    user: session === null ? null : sessionUser(db, session, Date.now()),
    demo: demo.length > 0 ? { password: DEMO_PASSWORD, users: demo } : null,
  };
}
