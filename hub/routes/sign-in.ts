import type { FastifyInstance } from 'fastify';
import { SESSION_MS } from '../../electron/core/auth/sessions.ts';
import { decoyHash, verifyPassword } from '../../electron/core/auth/password.ts';
import { signInThrottle } from '../../electron/core/auth/throttle.ts';
import { HubSignInRequest, type HubSignIn } from '../../shared/index.ts';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import { parseOr400, refusal } from '../errors.ts';
import type { HubStore } from '../store/types.ts';

/** Per address: a burst of guesses from one machine is refused before any password is hashed. */
export const SIGN_IN_RATE = { max: 20, timeWindow: 60_000 } as const;

/**
 * Password sign-in for desktops and people. Two brakes on guessing: the address rate limit above and
 * the desktop's per-username throttle (five failures lock the name for five minutes).
 */
export function signInRoutes(app: FastifyInstance, store: HubStore): void {
  const throttle = signInThrottle();
  app.post('/api/v1/auth/sign-in', { config: { rateLimit: SIGN_IN_RATE } }, async (request) => {
    const { username, password } = parseOr400(HubSignInRequest, request.body);
    const now = Date.now();
    const lockedUntil = throttle.lockedUntil(username, now);
    if (lockedUntil !== null) {
      throw refusal(
        429,
        'locked',
        `Too many failed sign-ins for ${username}; try again after ${new Date(lockedUntil).toISOString()}`,
      );
    }
    const found = await store.credentials(username);
    // An unknown name costs as much time as a wrong password, so timing does not reveal names.
    const matches = await verifyPassword(password, found?.passwordHash ?? (await decoyHash()));
    if (!found || !matches || !found.user.active) {
      throttle.failed(username, now);
      throw refusal(401, 'bad_credentials', 'Wrong username or password');
    }
    throttle.succeeded(username);
    const token = newSecret();
    const expiresMs = now + SESSION_MS;
    await store.startSession(hashSecret(token), found.user.id, expiresMs);
    const answer: HubSignIn = { token, user: found.user, expiresAt: new Date(expiresMs).toISOString() };
    return answer;
  });
}
