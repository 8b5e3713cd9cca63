import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SetupInput, SignedIn, User } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { auditUserEvent } from './audit.ts';
import { hashPassword } from './password.ts';
import { startSession } from './sessions.ts';
import { hasUsers, insertUser } from './users.ts';

const ALREADY_SET_UP = 'Saring is already set up: sign in, or ask an admin for an account';

/** First start: the person at the machine becomes the first admin and is signed in. Only while no user exists. */
export async function setUpFirstAdmin(
  db: Database.Database,
  input: SetupInput,
  device: string,
): Promise<SignedIn> {
  if (hasUsers(db)) throw new CoreError('conflict', ALREADY_SET_UP);
  const passwordHash = await hashPassword(input.password);
  const user: User = {
    id: randomUUID(),
    username: input.username,
    displayName: input.displayName,
    role: 'admin',
    dinasId: null,
    active: true,
  };
  const session = db
    .transaction(() => {
      // Asked again under the write lock: two first starts racing through the hashing above create one admin.
      if (hasUsers(db)) throw new CoreError('conflict', ALREADY_SET_UP);
      const at = new Date().toISOString();
      insertUser(db, { ...user, passwordHash, isDemo: false }, at);
      auditUserEvent(db, {
        actor: user.username,
        device,
        operation: 'user_create',
        userId: user.id,
        after: { username: user.username, displayName: user.displayName, role: user.role, active: true },
      });
      return startSession(db, user.id, Date.now());
    })
    .immediate();
  return { session, user };
}
