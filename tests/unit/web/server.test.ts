import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_HEADER, TOKEN_HEADER, type Result } from '../../../shared/index.ts';
import { openCore, type Core } from '../../../electron/core/index.ts';
import { BODY_LIMIT_BYTES, buildWebServer } from '../../../electron/web/server.ts';
import { fakeRendererBuild } from './fixture.ts';

const PORT = 5999;
const HOST = `127.0.0.1:${PORT}`;
const TOKEN = 'test-token_0123456789';
const logLines: string[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });

let dataDir: string;
let rendererDir: string;
let core: Core;
let app: ReturnType<typeof buildWebServer>;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'saring-web-'));
  rendererDir = fakeRendererBuild();
  core = openCore({ dataDir, demo: { count: 20, seed: 7 }, log });
  app = buildWebServer({ core, token: TOKEN, port: PORT, rendererDir, log });
  await app.ready();
  const signedIn = await post('auth.signIn', { username: 'moderator', password: 'demo12345' });
  goodHeaders[SESSION_HEADER] = signedIn.json<{ value: { session: string } }>().value.session;
});

afterAll(async () => {
  await app.close();
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(rendererDir, { recursive: true, force: true });
});

type Headers = Record<string, string>;
const goodHeaders: Headers = { host: HOST, origin: `http://${HOST}`, [TOKEN_HEADER]: TOKEN };

function post(method: string, payload: unknown, headers: Headers = goodHeaders) {
  return app.inject({
    method: 'POST',
    url: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

/** A new complaint, which can still be archived. */
async function firstComplaint() {
  const page = await post('complaints.list', {
    filters: { status: ['baru'] },
    sort: { by: 'receivedAt', dir: 'desc' },
    offset: 0,
    limit: 1,
  });
  const body = page.json<Result<{ rows: { id: string }[] }>>();
  if (!body.ok || body.value.rows[0] === undefined) throw new Error('the demo data has no complaint');
  return body.value.rows[0].id;
}

const detailOf = async (id: string) => (await post('complaints.get', { id })).json<unknown>();
const archive = (id: string) => ({ complaintId: id, operation: { name: 'archive', args: {} } });

describe('the page', () => {
  it('carries the launch token and the security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: { host: HOST } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`<meta name="saring-token" content="${TOKEN}" />`);
    expect(response.headers).toMatchObject({
      'content-security-policy': expect.stringContaining("frame-ancestors 'none'") as unknown,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
  });

  it('serves built assets with the same headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/app.js', headers: { host: HOST } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('is never served under a foreign Host name (DNS rebinding)', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: { host: `evil.example:${PORT}` } });
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain(TOKEN);
  });

  it('answers an unknown path with a not_found envelope', async () => {
    const response = await app.inject({ method: 'GET', url: '/nope.js', headers: { host: HOST } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('POST /api/:method', () => {
  it('answers a good call', async () => {
    const response = await post('app.info', {});
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, value: { complaintCount: 20, hasDemoData: true } });
  });

  it.each([
    ['no token', { host: HOST }],
    ['a wrong token', { host: HOST, [TOKEN_HEADER]: `${TOKEN}x` }],
  ])('refuses a call with %s (401) and changes nothing', async (_, headers) => {
    const id = await firstComplaint();
    const before = await detailOf(id);
    const response = await post('complaints.apply', archive(id), headers);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await detailOf(id)).toEqual(before);
  });

  it.each(['/%61pi/complaints.apply', '/api/complaints%2Eapply', '/x/../api/complaints.apply'])(
    'asks for the token however the path is spelled (%s)',
    async (url) => {
      const id = await firstComplaint();
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { host: HOST, 'content-type': 'application/json' },
        payload: JSON.stringify(archive(id)),
      });
      expect(response.statusCode).toBe(401);
    },
  );

  it('refuses a call from another origin (403) and changes nothing', async () => {
    const id = await firstComplaint();
    const before = await detailOf(id);
    const response = await post('complaints.apply', archive(id), {
      ...goodHeaders,
      origin: 'http://evil.example',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await detailOf(id)).toEqual(before);
  });

  it('refuses a call under a foreign Host even with the token', async () => {
    const response = await post('app.info', {}, { ...goodHeaders, host: 'evil.example:5999' });
    expect(response.statusCode).toBe(403);
  });

  it('answers an unknown method with 404 unknown_method', async () => {
    const response = await post('complaints.drop', {});
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('answers invalid input with 400 and the field at fault', async () => {
    const response = await post('complaints.get', { id: 42 });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'id' }] },
    });
  });

  it('answers malformed JSON with a 400 envelope', async () => {
    const response = await post('app.info', '{"oops":');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('accepts JSON only: a text/plain body is what a foreign form could send', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/app.info',
      headers: { ...goodHeaders, 'content-type': 'text/plain' },
      payload: '{}',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers a body over the limit with a 413 envelope', async () => {
    const response = await post('app.info', { padding: 'x'.repeat(BODY_LIMIT_BYTES) });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'The request body is larger than 1 MB' },
    });
  });

  it('passes the session header to the core, which refuses a call without one', async () => {
    const { [SESSION_HEADER]: _, ...noSession } = goodHeaders;
    const response = await post('complaints.count', {}, noSession);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await post('complaints.count', {}, { ...goodHeaders, [SESSION_HEADER]: 'not-a-session' });
    expect(wrong.statusCode).toBe(401);
  });

  it('applies an operation with the token', async () => {
    const id = await firstComplaint();
    const response = await post('complaints.apply', archive(id));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, value: { id, status: 'diarsipkan' } });
  });
});

it('never writes the token to the log', () => {
  expect(logLines.length).toBeGreaterThan(0);
  expect(logLines.filter((line) => line.includes(TOKEN))).toEqual([]);
});
