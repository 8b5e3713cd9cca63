import type { z } from 'zod';
import {
  Health,
  HubError,
  HubSignIn,
  PullResponse,
  PushResponse,
  type PullRequest,
  type PushRequest,
  type SignInInput,
} from '../../../shared/index.ts';
import { SyncFailure, failureOfStatus } from './failure.ts';

export type HubClient = {
  signIn(input: SignInInput): Promise<HubSignIn>;
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
  health(): Promise<Health>;
  /** The open SSE stream of pokes; the caller parses it and aborts it with the signal. */
  events(signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
};

export type ClientOptions = {
  url: string;
  token: string | null;
  /** Per request, body included: a hub that stalls mid-body counts as a timeout. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Aborts every request in flight: "kerja offline" and close() stop network use at once. */
  signal?: AbortSignal;
};

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The hub's HTTP API as the desktop uses it. Every answer is parsed with the protocol's schemas, so a
 * truncated or malformed body becomes a transient failure instead of reaching the database.
 */
export function hubClient(options: ClientOptions): HubClient {
  const base = options.url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const withStop = (signal: AbortSignal): AbortSignal =>
    options.signal === undefined ? signal : AbortSignal.any([signal, options.signal]);
  const headers = (): Record<string, string> => ({
    'content-type': 'application/json',
    ...(options.token === null ? {} : { authorization: `Bearer ${options.token}` }),
  });

  async function call<T>(schema: z.ZodType<T>, path: string, body?: unknown): Promise<T> {
    const signal = withStop(AbortSignal.timeout(timeoutMs));
    const init: RequestInit = { method: body === undefined ? 'GET' : 'POST', headers: headers(), signal };
    if (body !== undefined) init.body = JSON.stringify(body);
    let text: string;
    let status: number;
    try {
      const response = await doFetch(`${base}${path}`, init);
      status = response.status;
      text = await response.text();
    } catch (err) {
      throw new SyncFailure('transient', `${path}: ${describe(err)}`);
    }
    if (status < 200 || status > 299) throw hubError(path, status, text);
    const parsed = schema.safeParse(parseJson(text));
    if (!parsed.success)
      throw new SyncFailure('transient', `${path}: the hub's answer is malformed or cut off`);
    return parsed.data;
  }

  return {
    signIn: (input) => call(HubSignIn, '/api/v1/auth/sign-in', input),
    push: (request) => call(PushResponse, '/api/v1/sync/push', request),
    pull: (request) => call(PullResponse, '/api/v1/sync/pull', request),
    health: () => call(Health, '/api/v1/health'),
    async events(signal) {
      const init: RequestInit = {
        headers: { ...headers(), accept: 'text/event-stream' },
        signal: withStop(signal),
      };
      let response: Response;
      try {
        response = await doFetch(`${base}/api/v1/sync/events`, init);
      } catch (err) {
        throw new SyncFailure('transient', `events: ${describe(err)}`);
      }
      if (!response.ok || response.body === null) {
        throw hubError('/api/v1/sync/events', response.status, await response.text().catch(() => ''));
      }
      return response.body;
    },
  };
}

function hubError(path: string, status: number, text: string): SyncFailure {
  const parsed = HubError.safeParse(parseJson(text));
  const error = parsed.success ? parsed.data.error : null;
  const kind = failureOfStatus(status, error?.code ?? null);
  const message = `${path}: HTTP ${status}${error ? ` ${error.code}: ${error.message}` : ''}`;
  return new SyncFailure(kind, message, error?.expectedSeq ?? null);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const describe = (err: unknown): string => {
  if (err instanceof Error && err.name === 'TimeoutError') return 'the hub did not answer in time';
  if (err instanceof Error)
    return err.cause instanceof Error ? `${err.message} (${err.cause.message})` : err.message;
  return String(err);
};
