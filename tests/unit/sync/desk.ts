import path from 'node:path';
import { pino } from 'pino';
import { expect } from 'vitest';
import type { IngestItem, Method, Output, Input } from '../../../shared/index.ts';
import { openCore, type Core } from '../../../electron/core/index.ts';
import { startHub } from '../../../hub/server.ts';
import { item, tempDir } from '../core/helpers.ts';

export const INGEST_KEY = 'ingest-key-for-the-sync-tests';
export const DEMO_PASSWORD = 'demo12345';

export type TestHub = {
  url: string;
  dataDir: string;
  close(): Promise<void>;
  ingest(items: IngestItem[]): Promise<void>;
};

/** A real hub on loopback with the demo people (moderator, supervisor, penghubung.pupr, …). */
export async function testHub(dataDir = tempDir()): Promise<TestHub> {
  const hub = await startHub({
    port: 0,
    dataDir,
    demo: true,
    log: pino({ level: 'silent' }),
    env: { SARING_INGEST_KEY: INGEST_KEY },
  });
  return {
    url: hub.url,
    dataDir,
    close: () => hub.close(),
    async ingest(items) {
      const res = await fetch(`${hub.url}/api/v1/ingest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${INGEST_KEY}` },
        body: JSON.stringify({ items }),
      });
      expect(res.status).toBe(200);
    },
  };
}

export type Desk = {
  core: Core;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  close(): void;
};

/**
 * A desktop core in a temp folder with quick sync timings: a local admin sets it up and connects it with
 * the hub sign-in of `username` (a hub demo person), who then signs in here. Calls act as that person.
 */
export async function openDesk(name: string, hubUrl: string, username = 'moderator'): Promise<Desk> {
  const core = openCore({
    dataDir: path.join(tempDir(), name),
    demo: false,
    device: name,
    log: { error: () => {} },
    sync: {
      intervalMs: 60_000,
      debounceMs: 30,
      timeoutMs: 1_000,
      backoff: { baseMs: 40, capMs: 300 },
    },
  });
  const raw = async (method: Method, input: unknown, session: string | null): Promise<unknown> => {
    const result = await core.call(method, input, session);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const setup = (await raw(
    'auth.setup',
    { username: 'setup', displayName: 'Setup', password: 'local-password-1' },
    null,
  )) as { session: string };
  await raw('sync.connect', { hubUrl, username, password: DEMO_PASSWORD }, setup.session);
  await waitFor(
    async () =>
      ((await raw('sync.status', {}, setup.session)) as { lastSyncAt: string | null }).lastSyncAt !== null,
  );
  // Connecting kept the person's hash: they now sign in here, offline too, with their hub password.
  const signedIn = (await raw('auth.signIn', { username, password: DEMO_PASSWORD }, null)) as {
    session: string;
  };
  return {
    core,
    call: (method, input) => raw(method, input, signedIn.session) as never,
    close: () => core.close(),
  };
}

/**
 * A hub holding items 1–3 (by @warga1–3), with desk-a connected as the moderator and desk-b as the
 * supervisor; all three go into `open`, for the test file to close.
 */
export async function hubAndTwoDesks(open: (Desk | TestHub)[]): Promise<{ hub: TestHub; a: Desk; b: Desk }> {
  const hub = await testHub();
  open.push(hub);
  await hub.ingest([item(1), item(2), item(3)]);
  const a = await openDesk('desk-a', hub.url, 'moderator');
  open.push(a);
  const b = await openDesk('desk-b', hub.url, 'supervisor');
  open.push(b);
  return { hub, a, b };
}

/** Polls until `check` holds (sync runs on timers and pokes, so tests wait for its effect). */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every complaint on the desk, oldest first. */
export const listAll = async (desk: Desk) =>
  (
    await desk.call('complaints.list', {
      filters: {},
      sort: { by: 'receivedAt', dir: 'asc' },
      offset: 0,
      limit: 200,
    })
  ).rows;

/** The id of the complaint whose author handle is `handle`. */
export async function idOf(desk: Desk, handle: string): Promise<string> {
  const found = (await listAll(desk)).find((c) => c.authorHandle === handle);
  if (!found) throw new Error(`no complaint by ${handle}`);
  return found.id;
}
