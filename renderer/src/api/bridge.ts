import { z } from 'zod';
import {
  ApiError,
  BRIDGE_GLOBAL,
  SESSION_HEADER,
  TOKEN_HEADER,
  TOKEN_META,
  fail,
  type SaringBridge,
} from '../../../shared/index.ts';

/** What the web host answers on every status code, 4xx included. */
const Envelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: ApiError }),
]);

const isBridge = (value: unknown): value is SaringBridge =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'call') === 'function';

/** The per-launch token the web host writes into the page it serves; empty when there is none. */
function pageToken(): string {
  const meta = document.querySelector(`meta[name="${TOKEN_META}"]`);
  return meta?.getAttribute('content') ?? '';
}

const failure = (message: string) => fail('internal', message);

/** The web host's imitation of the preload bridge: POST /api/<method> with the page and session tokens. */
const webBridge: SaringBridge = {
  async call(method, input, session) {
    let response: Response;
    const headers = { 'content-type': 'application/json', [TOKEN_HEADER]: pageToken() };
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: session === null ? headers : { ...headers, [SESSION_HEADER]: session },
        body: JSON.stringify(input),
      });
    } catch (err) {
      return failure(err instanceof Error ? err.message : 'Network error');
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure(`Unreadable response (HTTP ${response.status})`);
    }
    const envelope = Envelope.safeParse(body);
    return envelope.success ? envelope.data : failure(`Malformed response (HTTP ${response.status})`);
  },
};

/** The Electron preload's bridge when the page runs in the desktop shell, else the web bridge. */
export function currentBridge(): SaringBridge {
  const exposed: unknown = Reflect.get(window, BRIDGE_GLOBAL);
  return isBridge(exposed) ? exposed : webBridge;
}
