import { z } from 'zod';
import { Role } from '../domain/vocabulary.ts';
import { User } from '../domain/users.ts';

/** A new session: the token goes with every later call (see SESSION_HEADER); only its hash is stored. */
export const SignedIn = z.strictObject({ session: z.string(), user: User });
export type SignedIn = z.infer<typeof SignedIn>;

export const DemoUser = z.strictObject({
  username: z.string(),
  displayName: z.string(),
  role: Role,
  dinasId: z.string().nullable(),
});
export type DemoUser = z.infer<typeof DemoUser>;

/**
 * What the start screen needs: whether the first admin must be created, who is signed in with the
 * session sent (null when none or expired), and the demo users while they exist with their password.
 */
export const AuthStatus = z.strictObject({
  needsSetup: z.boolean(),
  user: User.nullable(),
  demo: z.strictObject({ password: z.string(), users: z.array(DemoUser) }).nullable(),
});
export type AuthStatus = z.infer<typeof AuthStatus>;
