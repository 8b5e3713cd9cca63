import Database from 'better-sqlite3';
import type { z } from 'zod';
import {
  ACCESS,
  API,
  fail,
  hasPermission,
  invalidInput,
  isMethod,
  ok,
  type AccessOf,
  type Api,
  type ErrorCode,
  type Method,
  type Output,
  type Result,
  type User,
} from '../../../shared/index.ts';

/** A public method's call: nobody need be signed in; the session sent, if any, for auth.* to look at. */
export type PublicContext = { user: null; device: string; session: string | null };
/** Every other call: the signed-in user, whose role dispatch has already checked. */
export type SignedInContext = { user: User; device: string };
export type ContextOf<M extends Method> = AccessOf<M> extends 'public' ? PublicContext : SignedInContext;

/** One implementation per contract method; the input is already validated and the caller allowed. */
export type Handlers = {
  [M in Method]: (input: z.infer<Api[M]['input']>, ctx: ContextOf<M>) => Output<M> | Promise<Output<M>>;
};

/** A failure the user can act on, carried to the caller as a typed envelope. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type Logger = { error: (obj: object, msg: string) => void };

/** What dispatch works with: the handlers, who a session token belongs to, and this machine's name. */
export type Desk = {
  handlers: Handlers;
  sessionUser: (token: string) => User | null;
  device: string;
  log: Logger;
};

/** Who is calling, or the refusal: an unknown or expired session, or a role without the permission. */
function contextFor(desk: Desk, method: Method, session: string | null): PublicContext | SignedInContext {
  const access = ACCESS[method];
  if (access === 'public') return { user: null, device: desk.device, session };
  const user = session === null ? null : desk.sessionUser(session);
  if (user === null)
    throw new CoreError('unauthorized', 'Not signed in, or the session has ended: sign in again');
  if (!hasPermission(user.role, access)) {
    throw new CoreError('forbidden', `The role ${user.role} may not call ${method}`);
  }
  return { user, device: desk.device };
}

/**
 * The single entry every shell uses (Electron IPC, the web host, tests): checks the method name,
 * resolves the session and checks the role's permission, validates the input against the contract,
 * and only then runs the handler; never lets an exception escape as a lost message.
 */
export async function dispatch(
  desk: Desk,
  method: unknown,
  input: unknown,
  session: unknown,
): Promise<Result<unknown>> {
  if (!isMethod(method)) return fail('unknown_method', `Unknown method: ${String(method).slice(0, 80)}`);
  try {
    // Who is asking comes first: a caller who may not call the method learns nothing about its input.
    const ctx = contextFor(desk, method, typeof session === 'string' ? session : null);
    const parsed = API[method].input.safeParse(input ?? {});
    if (!parsed.success) return invalidInput(parsed.error);
    // TypeScript cannot pair Handlers[M] with ContextOf<M> for a union M; contextFor made the pair.
    const handler = desk.handlers[method] as (
      input: unknown,
      ctx: PublicContext | SignedInContext,
    ) => unknown;
    return ok(await handler(parsed.data, ctx));
  } catch (err) {
    if (err instanceof CoreError) return fail(err.code, err.message);
    // Past the busy timeout, another writer still held the lock: the transaction wrote nothing.
    if (err instanceof Database.SqliteError && err.code.startsWith('SQLITE_BUSY')) {
      return fail('busy', 'The database is busy with another writer; nothing was saved. Try again.');
    }
    desk.log.error({ err, method }, 'core call failed');
    return fail('internal', 'Internal error; the action was not saved');
  }
}
