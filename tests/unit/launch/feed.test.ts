import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IngestItem, IngestRequest } from '../../../shared/index.ts';
import { liveDemoItem, seedDemoComplaints, startDemoFeed } from '../../../electron/embedded/feed.ts';
import { localIngestKey } from '../../../electron/embedded/ingest-key.ts';
import { localHubDir } from '../../../electron/embedded/launch.ts';
import { tempDir } from '../core/helpers.ts';

const HUB = 'http://127.0.0.1:1';
const KEY = 'a-test-ingest-key-of-enough-length';

/** A stand-in for the hub's ingest endpoint: records each request, answers every item as accepted. */
function fakeIngest(fail = false) {
  const posts: { url: string; auth: string | null; items: unknown[] }[] = [];
  const impl: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = IngestRequest.parse(JSON.parse(typeof init?.body === 'string' ? init.body : 'null'));
    posts.push({ url, auth: new Headers(init?.headers).get('authorization'), items: body.items });
    if (fail)
      return Promise.resolve(new Response('{"error":{"code":"down","message":"down"}}', { status: 503 }));
    const results = body.items.map((_, index) => ({ index, status: 'accepted', id: crypto.randomUUID() }));
    return Promise.resolve(Response.json({ results }));
  };
  return { posts, fetch: impl };
}

afterEach(() => vi.useRealTimers());

describe('the demo feed', () => {
  it('makes a valid complaint written just now; consecutive seeds never repeat an item', () => {
    const now = Date.parse('2026-11-27T03:00:00Z');
    const a = liveDemoItem(10, now);
    expect(IngestItem.parse(a)).toEqual(a);
    expect(a.receivedAt).toBe('2026-11-27T10:00:00+07:00');
    expect(liveDemoItem(11, now).externalId).not.toBe(a.externalId);
    expect(liveDemoItem(10, now)).toEqual(a);
  });

  it('posts one complaint per tick through the ingest API with the key, until stopped', async () => {
    vi.useFakeTimers();
    const hub = fakeIngest();
    const feed = startDemoFeed({
      hubUrl: HUB,
      ingestKey: KEY,
      fetch: hub.fetch,
      everyMs: 5_000,
      seed: 7,
      onError: () => {},
    });
    await vi.advanceTimersByTimeAsync(15_000);
    feed.stop();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(hub.posts).toHaveLength(3);
    expect(hub.posts.every((p) => p.url === `${HUB}/api/v1/ingest` && p.auth === `Bearer ${KEY}`)).toBe(true);
    expect(new Set(hub.posts.map((p) => (p.items[0] as IngestItem).externalId)).size).toBe(3);
  });

  it('says once that posting fails, and keeps trying', async () => {
    vi.useFakeTimers();
    const hub = fakeIngest(true);
    const onError = vi.fn();
    const feed = startDemoFeed({
      hubUrl: HUB,
      ingestKey: KEY,
      fetch: hub.fetch,
      everyMs: 1_000,
      seed: 1,
      onError,
    });
    await vi.advanceTimersByTimeAsync(3_500);
    feed.stop();
    expect(hub.posts).toHaveLength(3);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[0]).toMatch(/ingest answered 503/);
  });

  it('seeds a first start in batches the hub accepts', async () => {
    const hub = fakeIngest();
    await seedDemoComplaints({ hubUrl: HUB, ingestKey: KEY, fetch: hub.fetch }, { count: 2_500, seed: 1 });
    expect(hub.posts.map((p) => p.items.length)).toEqual([1000, 1000, 500]);
  });
});

describe('the local hub', () => {
  it('lives beside the desk folder and keeps one ingest key, readable by its owner only', () => {
    const desk = path.join(tempDir(), 'Saring');
    const hubDir = localHubDir(desk);
    expect(hubDir).toBe(`${desk}-hub`);
    const first = localIngestKey(hubDir);
    expect(first.created).toBe(true);
    expect(localIngestKey(hubDir)).toEqual({ key: first.key, created: false });
    expect(statSync(path.join(hubDir, 'demo-ingest-key')).mode & 0o777).toBe(0o600);
  });
});
