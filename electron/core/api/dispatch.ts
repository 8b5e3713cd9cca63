import type { z } from 'zod';
import {
  API,
  fail,
  invalidInput,
  isMethod,
  ok,
  type Api,
  type ErrorCode,
  type Method,
  type Output,
  type Result,
} from '../../../shared/index.ts';

/** One implementation per contract method; the input is already validated. */
export type Handlers = {
  [M in Method]: (input: z.infer<Api[M]['input']>) => Output<M> | Promise<Output<M>>;
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

/**
 * The single entry every shell uses (Electron IPC, the web host, tests): checks the method name,
 * validates the input against the contract and never lets an exception escape as a lost message.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  input: unknown,
  log: Logger,
): Promise<Result<unknown>> {
  if (!isMethod(method)) return fail('unknown_method', `Unknown method: ${String(method).slice(0, 80)}`);
  const parsed = API[method].input.safeParse(input ?? {});
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (err) {
    if (err instanceof CoreError) return fail(err.code, err.message);
    log.error({ err, method }, 'core call failed');
    return fail('internal', 'Internal error; the action was not saved');
  }
}
