import { createHash, timingSafeEqual } from 'node:crypto';
import { fail, type ApiError } from '../../shared/index.ts';

/** The parts of a request the guard looks at; a header sent twice arrives as an array and is refused. */
export type RequestFacts = {
  host: string | string[] | undefined;
  origin: string | string[] | undefined;
  fetchSite: string | string[] | undefined;
  token: string | string[] | undefined;
  /** Anything but GET/HEAD: the API is the only thing that takes other methods. */
  isApiCall: boolean;
};

export type Refusal = { status: 401 | 403; body: { ok: false; error: ApiError } };

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/** The origins a browser uses for us; both names resolve to the loopback address we listen on. */
export const ownOrigins = (port: number) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

/** Compares hashes so the time taken says nothing about how much of the token was right. */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token));
}

const forbidden = (message: string): Refusal => ({ status: 403, body: fail('forbidden', message) });

/**
 * Why a request must not reach the page or the core, or null when it may. A foreign Host header means
 * DNS rebinding (a web page whose name now points at 127.0.0.1); a foreign Origin or a cross-site fetch
 * means another page is trying to use the user's browser against us; the token proves the caller read
 * our own page.
 */
export function refusal(facts: RequestFacts, own: { port: number; token: string }): Refusal | null {
  const origins = ownOrigins(own.port);
  const host = single(facts.host)?.toLowerCase();
  if (host === undefined || !origins.some((o) => o === `http://${host}`)) {
    return forbidden('This address is only served as 127.0.0.1 or localhost');
  }
  const origin = facts.origin === undefined ? undefined : (single(facts.origin) ?? 'invalid');
  if (origin !== undefined && !origins.includes(origin.toLowerCase())) {
    return forbidden('Requests from other sites are refused');
  }
  const site = facts.fetchSite === undefined ? undefined : (single(facts.fetchSite) ?? 'invalid');
  // A foreign site has no business loading our page; API calls come only from our own page.
  const siteAllowed = facts.isApiCall ? site === undefined || site === 'same-origin' : site !== 'cross-site';
  if (!siteAllowed) return forbidden('Requests from other sites are refused');
  if (facts.isApiCall && !tokenMatches(single(facts.token), own.token)) {
    return { status: 401, body: fail('unauthorized', 'Missing or wrong access token: reload the page') };
  }
  return null;
}
