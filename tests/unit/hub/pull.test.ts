import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../hub/openapi.ts';
import { Health, PullResponse, type SyncedComplaint } from '../../../shared/index.ts';
import { call, desk, ingest, item, NO_READS, pull, signIn, testHub, VERIFY, type TestHub } from './hub.ts';

let t: TestHub;
let token: string;
beforeAll(async () => {
  t = await testHub();
  token = await signIn(t.url, 'moderator');
});
afterAll(() => t.stop());

/** Pulls every page from the cursor; checks each page against the contract. */
async function pullAll(url: string, from = 0, limit = 1_000) {
  const pages: PullResponse[] = [];
  let cursor = from;
  for (;;) {
    const { status, body } = await pull(url, token, randomUUID(), cursor, limit);
    expect(status).toBe(200);
    pages.push(PullResponse.parse(body));
    if (!body.more) return pages;
    expect(body.cursor).toBeGreaterThan(cursor);
    cursor = body.cursor;
  }
}

describe('pull', () => {
  it('sends master data at cursor 0, and not again when it has not changed', async () => {
    const [first] = await pullAll(t.url);
    expect(first?.master?.data.kecamatan).toHaveLength(10);
    expect(first?.master?.users.map((u) => u.username)).toContain('penghubung.pupr');
    expect(first?.master?.deadlineProfiles.length).toBeGreaterThan(0);
    expect(Object.keys(first?.master?.wordlists ?? {})).toContain('profanity-id');
    const head = first?.headVersion ?? 0;
    await ingest(t.url, [item()]);
    const later = await pullAll(t.url, head);
    expect(later.every((p) => p.master === null)).toBe(true);
    expect(later.flatMap((p) => p.complaints)).toHaveLength(1);
  });

  it('pages by whole versions, never splitting one, and a resumed pull misses nothing', async () => {
    const { body: start } = await pull(t.url, token, randomUUID(), 0, 1);
    const from = start.headVersion;
    // Three batches: 30 items in one version, then 5 and 5.
    await ingest(
      t.url,
      Array.from({ length: 30 }, () => item()),
    );
    await ingest(
      t.url,
      Array.from({ length: 5 }, () => item()),
    );
    await ingest(
      t.url,
      Array.from({ length: 5 }, () => item()),
    );
    const pages = await pullAll(t.url, from, 8);
    const sizes = pages.map((p) => p.complaints.length);
    expect(sizes).toEqual([30, 5, 5]);
    for (const page of pages) expect(new Set(page.complaints.map((c) => c.version)).size).toBe(1);
    const ids = pages.flatMap((p) => p.complaints.map((c) => c.id));
    expect(new Set(ids).size).toBe(40);
  });

  it('brings events, notes and each row once, with the versions the desktop compares', async () => {
    const { body } = await ingest(t.url, [item()]);
    const id = body.results[0]?.status === 'accepted' ? body.results[0].id : '';
    const d = desk(t.url, token, 'moderator');
    const before = (await pull(t.url, token, d.clientId, 0, 5_000)).body.headVersion;
    await d.act(id, VERIFY, NO_READS);
    await d.act(id, { name: 'add_note', args: { noteId: randomUUID(), text: 'cek lokasi' } }, NO_READS);
    const pages = await pullAll(t.url, before);
    const complaints: SyncedComplaint[] = pages.flatMap((p) => p.complaints);
    expect(complaints.map((c) => c.id)).toEqual([id]);
    expect(pages.flatMap((p) => p.events).map((e) => e.operation)).toEqual(['verify', 'add_note']);
    expect(pages.flatMap((p) => p.notes).map((n) => n.text)).toEqual(['cek lokasi']);
    const { body: mine } = await pull(t.url, token, d.clientId, 0, 5_000);
    expect(mine.lastClientSeq).toBe(2);
    expect(mine.hubEpoch).toBe((await call<Health>(t.url, '/api/v1/health')).body.hubEpoch);
  });

  it('refuses a bad request', async () => {
    const { status } = await call(t.url, '/api/v1/sync/pull', { clientId: randomUUID(), cursor: -1 }, token);
    expect(status).toBe(400);
  });
});

describe('events, health, restart, OpenAPI', () => {
  it('pokes open event streams with the new version after a commit', async () => {
    const controller = new AbortController();
    const res = await fetch(`${t.url}/api/v1/sync/events`, {
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const versions: number[] = [];
    const parser = createParser({ onEvent: (e) => versions.push(Number(e.data)) });
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    const read = async () => parser.feed(decoder.decode((await reader.read()).value));
    await read();
    const first = versions[0] ?? 0;
    await ingest(t.url, [item()]);
    while (versions.length < 2) await read();
    expect(versions[1]).toBe(first + 1);
    controller.abort();
    const refused = await fetch(`${t.url}/api/v1/sync/events`);
    expect(refused.status).toBe(401);
  });

  it('answers health without auth', async () => {
    const { status, body } = await call<Health>(t.url, '/api/v1/health');
    expect(status).toBe(200);
    expect(Health.parse(body).ok).toBe(true);
  });

  it('keeps state and epoch across a restart', async () => {
    const own = await testHub();
    const before = (await call<Health>(own.url, '/api/v1/health')).body;
    await ingest(own.url, [item()]);
    const again = await own.restart();
    try {
      const after = (await call<Health>(again.url, '/api/v1/health')).body;
      expect(after.hubEpoch).toBe(before.hubEpoch);
      expect(after.version).toBe(before.version + 1);
      const ownToken = await signIn(again.url, 'moderator');
      const { body } = await call<PullResponse>(
        again.url,
        '/api/v1/sync/pull',
        { clientId: randomUUID(), cursor: 0 },
        ownToken,
      );
      expect(body.complaints).toHaveLength(1);
    } finally {
      await again.stop();
    }
  });

  it('serves the OpenAPI document, and the committed hub/openapi.json is current', async () => {
    const served = await call(t.url, '/api/v1/openapi.json');
    expect(served.body).toEqual(openApiDocument());
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../../../hub/openapi.json', import.meta.url), 'utf8'),
    );
    expect(
      committed,
      'hub/openapi.json is stale: regenerate it with `npm run hub -- --print-openapi > hub/openapi.json`',
    ).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });
});
