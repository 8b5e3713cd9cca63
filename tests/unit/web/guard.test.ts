import { describe, expect, it } from 'vitest';
import { refusal, tokenMatches, type RequestFacts } from '../../../electron/web/guard.ts';

const own = { port: 5180, token: 'secret-token' };
const apiCall: RequestFacts = {
  host: '127.0.0.1:5180',
  origin: 'http://127.0.0.1:5180',
  fetchSite: 'same-origin',
  token: 'secret-token',
  isApiCall: true,
};
const pageLoad: RequestFacts = {
  ...apiCall,
  origin: undefined,
  fetchSite: 'none',
  token: undefined,
  isApiCall: false,
};
const codeOf = (facts: RequestFacts) => refusal(facts, own)?.body.error.code ?? 'allowed';

describe('refusal', () => {
  it('allows our own page and its API calls, under either loopback name', () => {
    expect(codeOf(apiCall)).toBe('allowed');
    expect(codeOf({ ...apiCall, host: 'localhost:5180', origin: 'http://localhost:5180' })).toBe('allowed');
    expect(codeOf(pageLoad)).toBe('allowed');
    expect(codeOf({ ...apiCall, origin: undefined, fetchSite: undefined })).toBe('allowed'); // curl
  });

  it.each([
    ['a rebound DNS name', { host: 'evil.example:5180' }],
    ['another port', { host: '127.0.0.1:5181' }],
    ['no Host header', { host: undefined }],
    ['two Host headers', { host: ['127.0.0.1:5180', 'evil.example'] }],
  ])('refuses %s with 403 even for a page load', (_, change) => {
    expect(refusal({ ...pageLoad, ...change }, own)?.status).toBe(403);
    expect(refusal({ ...apiCall, ...change }, own)?.status).toBe(403);
  });

  it.each([
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['another local app', { origin: 'http://localhost:3000', fetchSite: 'same-site' }],
    ['a cross-site fetch', { origin: undefined, fetchSite: 'cross-site' }],
    ['a same-site fetch', { origin: undefined, fetchSite: 'same-site' }],
    ['the null origin of a sandboxed frame', { origin: 'null' }],
  ])('refuses an API call from %s with 403', (_, change) => {
    expect(refusal({ ...apiCall, ...change }, own)).toMatchObject({ status: 403, body: { ok: false } });
  });

  it('refuses a page load from a foreign site', () => {
    expect(codeOf({ ...pageLoad, fetchSite: 'cross-site' })).toBe('forbidden');
  });

  it.each([
    ['no token', undefined],
    ['a wrong token', 'secret-tokeN'],
    ['a prefix of the token', 'secret'],
    ['the token twice', ['secret-token', 'secret-token']],
  ])('answers an API call with %s with 401 unauthorized', (_, token) => {
    expect(refusal({ ...apiCall, token }, own)).toMatchObject({
      status: 401,
      body: { ok: false, error: { code: 'unauthorized' } },
    });
  });
});

describe('tokenMatches', () => {
  it('matches only the exact token, whatever the lengths', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abcd', 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
  });
});
