import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'unauthorized',
  'forbidden',
  /** Too many failed sign-ins for one username: wait, then try again. */
  'too_many_attempts',
  'not_found',
  'invalid_transition',
  'invalid_operation',
  'conflict',
  'database_newer',
  /** Another writer held the database past the wait (a second window, a background worker): nothing was written. */
  'busy',
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** What crosses every boundary (IPC, HTTP) instead of a thrown error that would lose its type. */
export const ApiError = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  /** Field-level problems for invalid_input: where, and what is wrong. */
  issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  message: string,
  issues?: ApiError['issues'],
): { ok: false; error: ApiError } => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

/** Turns a zod failure into the invalid_input envelope every boundary returns. */
export function invalidInput(error: z.ZodError): { ok: false; error: ApiError } {
  return fail(
    'invalid_input',
    'The request is not valid',
    error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
  );
}
