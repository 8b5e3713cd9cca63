import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { Slug } from './master.ts';
import { Role } from './vocabulary.ts';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Stored lowercase, so "Rina" and "rina" are one person; also the actor name in the audit log. */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'letters, digits, ".", "-" and "_" only');

export const DisplayName = z.string().trim().min(1).max(LIMITS.shortText);
/** Not trimmed: every character the person typed counts. */
export const Password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

export const UserId = z.uuid();

export const User = z.strictObject({
  id: UserId,
  username: z.string(),
  displayName: z.string(),
  role: Role,
  /** The liaison's (penghubung's) own dinas; null for every other role. */
  dinasId: Slug.nullable(),
  active: z.boolean(),
});
export type User = z.infer<typeof User>;

/** First start: the person at the machine becomes the first admin. */
export const SetupInput = z.strictObject({
  username: Username,
  displayName: DisplayName,
  password: Password,
});
export type SetupInput = z.infer<typeof SetupInput>;

/** Only the upper bound here: a too-short password gets the same answer as any other wrong one. */
export const SignInInput = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(LIMITS.handle),
  password: z.string().min(1).max(PASSWORD_MAX),
});
export type SignInInput = z.infer<typeof SignInInput>;

/**
 * The admin creates a user (no id; a password is required) or changes one (id; a password resets it).
 * A liaison belongs to exactly one dinas; no other role has one.
 */
export const UserSaveInput = z
  .strictObject({
    id: UserId.optional(),
    username: Username,
    displayName: DisplayName,
    role: Role,
    dinasId: Slug.nullable(),
    active: z.boolean(),
    password: Password.optional(),
  })
  .superRefine((u, ctx) => {
    if ((u.role === 'penghubung') !== (u.dinasId !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['dinasId'],
        message: 'a penghubung needs a dinas; other roles have none',
      });
    }
    if (u.id === undefined && u.password === undefined) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'a new user needs a password' });
    }
  });
export type UserSaveInput = z.infer<typeof UserSaveInput>;
