import type { Result } from '../../../shared/index.ts';
import { DEMO_PASSWORD } from '../../../electron/core/auth/demo-users.ts';
import type { Core } from '../../../electron/core/index.ts';

/** The value of a successful call; a failure throws with its code, so a test says what went wrong. */
export const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

/** Signs a demo user in (the core was opened with demo data) and returns the session token. */
export async function demoSession(core: Pick<Core, 'call'>, username: string): Promise<string> {
  const signedIn = await core.call('auth.signIn', { username, password: DEMO_PASSWORD }, null);
  return value<{ session: string }>(signedIn).session;
}
