import type Database from 'better-sqlite3';
import type { SignedIn, SignInInput } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { auditUserEvent } from './audit.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { startSession } from './sessions.ts';
import type { SignInThrottle } from './throttle.ts';
import { credentialsOf } from './users.ts';

/** One answer for an unknown username and a wrong password, so neither tells which usernames exist. */
export const WRONG_CREDENTIALS = 'Wrong username or password';

export async function signIn(
  db: Database.Database,
  throttle: SignInThrottle,
  input: SignInInput,
  device: string,
): Promise<SignedIn> {
  const { username, password } = input;
  if (throttle.lockedUntil(username, Date.now()) !== null) {
    throw new CoreError(
      'too_many_attempts',
      'Too many failed sign-ins for this username; wait 5 minutes, then try again',
    );
  }
  const found = credentialsOf(db, username);
  // Checked against a decoy when the user is unknown, so both answers take as long.
  const matches = await verifyPassword(password, found?.passwordHash ?? (await decoyHash()));
  if (!found || !matches) {
    throttle.failed(username, Date.now());
    db.transaction(() =>
      auditUserEvent(db, {
        actor: username,
        device,
        operation: 'sign_in_failed',
        userId: found?.user.id ?? null,
      }),
    ).immediate();
    throw new CoreError('unauthorized', WRONG_CREDENTIALS);
  }
  // Said only to someone who knows the password: it is theirs, and they need to know why.
  if (!found.user.active) throw new CoreError('forbidden', 'This account is switched off; ask an admin');
  throttle.succeeded(username);
  const { user } = found;
  const session = db
    .transaction(() => {
      auditUserEvent(db, { actor: user.username, device, operation: 'sign_in', userId: user.id });
      return startSession(db, user.id, Date.now());
    })
    .immediate();
  return { session, user };
}
