import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../shared/index.ts';
import { startWebHost, type WebHost } from '../../../electron/web/host.ts';
import { fakeRendererBuild } from './fixture.ts';

const log = pino({ level: 'silent' });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error()),
      );
    });
  });
}

let dataDir: string;
let rendererDir: string;
let host: WebHost;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'saring-host-'));
  rendererDir = fakeRendererBuild();
  host = await startWebHost({ port: await freePort(), dataDir, demo: false, rendererDir, log });
});

afterAll(async () => {
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(rendererDir, { recursive: true, force: true });
});

const callInfo = (headers: Record<string, string>) =>
  fetch(new URL('/api/app.info', host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  });

it('listens on loopback with a fresh 256-bit token', () => {
  expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
});

it('answers over a real socket with the token and refuses without it', async () => {
  const withToken = await callInfo({ [TOKEN_HEADER]: host.token });
  expect(withToken.status).toBe(200);
  expect(await withToken.json()).toMatchObject({
    ok: true,
    value: { complaintCount: 0, hasDemoData: false },
  });
  const without = await callInfo({});
  expect(without.status).toBe(401);
});

it('says how to build the renderer when it is missing', async () => {
  const missing = path.join(rendererDir, 'no-such-build');
  await expect(startWebHost({ port: 1, dataDir, demo: false, rendererDir: missing, log })).rejects.toThrow(
    /run npm run build:renderer/,
  );
});
