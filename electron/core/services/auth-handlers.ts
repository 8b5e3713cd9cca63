import type Database from 'better-sqlite3';
import type { Method } from '../../../shared/index.ts';
import type { Handlers } from '../api/dispatch.ts';
import { auditUserEvent } from '../auth/audit.ts';
import { setUpFirstAdmin } from '../auth/setup.ts';
import { signIn } from '../auth/sign-in.ts';
import { endSession } from '../auth/sessions.ts';
import { authStatus } from '../auth/status.ts';
import type { SignInThrottle } from '../auth/throttle.ts';
import { saveUser } from '../auth/user-admin.ts';
import { listUsers, userById } from '../auth/users.ts';
import { actorOf } from './actor.ts';

type AuthMethod = Extract<Method, `auth.${string}` | `users.${string}`>;

/** Sign-in and sessions (public: they come before anyone is signed in) and the admin's user list. */
export function authHandlers(db: Database.Database, throttle: SignInThrottle): Pick<Handlers, AuthMethod> {
  return {
    'auth.status': (_, { session }) => authStatus(db, session),
    'auth.setup': (input, { device }) => setUpFirstAdmin(db, input, device),
    'auth.signIn': (input, { device }) => signIn(db, throttle, input, device),
    'auth.signOut': (_, { session, device }) => {
      if (session === null) return {};
      db.transaction(() => {
        const userId = endSession(db, session);
        const user = userId === null ? null : userById(db, userId);
        if (user)
          auditUserEvent(db, { actor: user.username, device, operation: 'sign_out', userId: user.id });
      }).immediate();
      return {};
    },
    'users.list': () => listUsers(db),
    'users.save': (input, ctx) => saveUser(db, actorOf(ctx), input),
  };
}
