import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { DEMO_PASSWORD } from '../../../electron/core/auth/demo-users.ts';
import { startHub, type RunningHub } from '../../../hub/server.ts';
import {
  versionsAt,
  type GroupVersions,
  type HubSignIn,
  type IngestResponse,
  type Operation,
  type PullResponse,
  type PushResponse,
  type SyncedComplaint,
  type SyncOp,
} from '../../../shared/index.ts';

/** A real hub on a free port over a temporary folder; tests talk to it over HTTP only. */
export const INGEST_KEY = 'test-ingest-key-0123456789abcdef';
export const ADMIN_PASSWORD = 'admin-password-for-tests';

export type TestHub = {
  hub: RunningHub;
  url: string;
  dir: string;
  stop(): Promise<void>;
  restart(): Promise<TestHub>;
};

export async function testHub(
  dir = mkdtempSync(join(tmpdir(), 'saring-hub-')),
  demo = true,
): Promise<TestHub> {
  const hub = await startHub({
    port: 0,
    dataDir: dir,
    demo,
    log: pino({ level: 'silent' }),
    env: { SARING_INGEST_KEY: INGEST_KEY, SARING_ADMIN_PASSWORD: ADMIN_PASSWORD },
  });
  return {
    hub,
    url: hub.url,
    dir,
    stop: async () => {
      await hub.close();
      rmSync(dir, { recursive: true, force: true });
    },
    restart: async () => {
      await hub.close();
      return testHub(dir, demo);
    },
  };
}

export type Answer<T> = { status: number; body: T };

export async function call<T = unknown>(
  url: string,
  path: string,
  body?: unknown,
  token?: string,
  init: RequestInit = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  return { status: res.status, body: (await res.json()) as T };
}

export async function signIn(url: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const { status, body } = await call<HubSignIn>(url, '/api/v1/auth/sign-in', { username, password });
  if (status !== 200) throw new Error(`sign-in of ${username} failed: ${status} ${JSON.stringify(body)}`);
  return body.token;
}

let counter = 0;
export const item = (over: Record<string, unknown> = {}) => ({
  channel: 'instagram',
  externalId: `ig-${Date.now()}-${(counter += 1)}`,
  author: { handle: '@warga' },
  text: 'Jalan berlubang di depan pasar',
  receivedAt: '2026-03-02T08:15:00+07:00',
  place: { kecamatan: 'Cihideung' },
  ...over,
});

export const ingest = (url: string, items: unknown[], key = INGEST_KEY) =>
  call<IngestResponse>(url, '/api/v1/ingest', { items }, key);

/** Ingests one item and returns its id. */
export async function newComplaint(url: string): Promise<string> {
  const { body } = await ingest(url, [item()]);
  const result = body.results[0];
  if (result?.status !== 'accepted') throw new Error(`ingest failed: ${JSON.stringify(body)}`);
  return result.id;
}

export const pull = (url: string, token: string, clientId: string, cursor = 0, limit?: number) =>
  call<PullResponse>(url, '/api/v1/sync/pull', { clientId, cursor, ...(limit ? { limit } : {}) }, token);

/** The hub's current copy of one complaint (pulled whole from cursor 0). */
export async function complaintOf(url: string, token: string, id: string): Promise<SyncedComplaint> {
  let cursor = 0;
  let found: SyncedComplaint | undefined;
  for (;;) {
    const { body } = await pull(url, token, randomUUID(), cursor, 5_000);
    found = body.complaints.find((c) => c.id === id) ?? found;
    if (!body.more) break;
    cursor = body.cursor;
  }
  if (!found) throw new Error(`no complaint ${id}`);
  return found;
}

export const NO_READS = versionsAt(0);

/** A desktop: one clientId, its own gapless seq. */
export function desk(url: string, token: string, actor: string) {
  const clientId = randomUUID();
  let seq = 0;
  const op = (complaintId: string, operation: Operation, readSet: GroupVersions): SyncOp => ({
    opId: randomUUID(),
    clientSeq: (seq += 1),
    complaintId,
    operation,
    readSet,
    actor,
    device: 'test-pc',
    at: new Date().toISOString(),
  });
  const push = (ops: SyncOp[]) => call<PushResponse>(url, '/api/v1/sync/push', { clientId, ops }, token);
  /** Builds and pushes one operation; returns the first result. */
  const act = async (complaintId: string, operation: Operation, readSet: GroupVersions) => {
    const answer = await push([op(complaintId, operation, readSet)]);
    if (answer.status !== 200)
      throw new Error(`push failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    const result = answer.body.results[0];
    if (!result) throw new Error('no result');
    return result;
  };
  return { clientId, op, push, act };
}

export const VERIFY: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'tinggi', confidentiality: 'biasa' },
};
