import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubError, IngestResponse } from '../../../shared/index.ts';
import { call, complaintOf, ingest, item, signIn, testHub, type TestHub } from './hub.ts';

let t: TestHub;
beforeAll(async () => {
  t = await testHub();
});
afterAll(() => t.stop());

const reasonsOf = (body: IngestResponse, index: number): string =>
  JSON.stringify(body.results.find((r) => r.index === index));

describe('ingest', () => {
  it('accepts items, numbers them and maps the kecamatan', async () => {
    const { status, body } = await ingest(t.url, [item(), item({ place: { kecamatan: 'tawang' } })]);
    expect(status).toBe(200);
    expect(body.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    const token = await signIn(t.url, 'moderator');
    const first = body.results[0];
    if (first?.status !== 'accepted') throw new Error('accepted');
    const stored = await complaintOf(t.url, token, first.id);
    expect(stored.caseNo).toMatch(/^TSM-2026-\d{6}$/);
    expect(stored.kecamatanId).toBe('cihideung');
    expect(stored.state.status).toBe('baru');
  });

  it('is idempotent on (channel, externalId): a resend answers duplicate with the same id', async () => {
    const one = item();
    const first = await ingest(t.url, [one]);
    const again = await ingest(t.url, [one]);
    const id = first.body.results[0]?.status === 'accepted' ? first.body.results[0].id : null;
    expect(again.body.results).toEqual([{ index: 0, status: 'duplicate', id }]);
  });

  it('refuses every bad item on its own and keeps the good ones', async () => {
    const bad = [
      item({ channel: 'myspace' }),
      item({ text: 42 }),
      { channel: 'x', author: { handle: '@a' }, text: 'tanpa id', receivedAt: '2026-03-02T08:15:00+07:00' },
      item({ receivedAt: '2026-02-30T10:00:00+07:00' }),
      item({ receivedAt: '2026-03-02T10:00:00' }),
      item({ text: 'jalan\u0007 rusak' }),
      item({ author: { handle: '' } }),
      item({ media: ['javascript:alert(1)'] }),
      'not an object',
    ];
    const good = item();
    const { status, body } = await ingest(t.url, [...bad, good]);
    expect(status).toBe(200);
    expect(body.results).toHaveLength(bad.length + 1);
    bad.forEach((_, i) => expect(body.results[i]?.status, reasonsOf(body, i)).toBe('invalid'));
    expect(body.results[bad.length]?.status).toBe('accepted');
    const control = body.results[5];
    expect(control?.status === 'invalid' && control.reasons.join()).toContain('control characters');
  });

  it('keeps <script> as plain text', async () => {
    const text = '<script>alert("x")</script> jalan rusak';
    const { body } = await ingest(t.url, [item({ text })]);
    const result = body.results[0];
    if (result?.status !== 'accepted') throw new Error(JSON.stringify(body));
    const stored = await complaintOf(t.url, await signIn(t.url, 'moderator'), result.id);
    expect(stored.text).toBe(text);
  });

  it('refuses the second copy of an externalId in one batch, naming the first', async () => {
    const one = item();
    const { body } = await ingest(t.url, [item(), one, { ...one, text: 'lagi' }]);
    expect(body.results[1]?.status).toBe('accepted');
    const second = body.results[2];
    expect(second?.status).toBe('invalid');
    expect(second?.status === 'invalid' && second.reasons.join()).toContain('item 1');
  });

  it('refuses 1,001 items and a body over 1 MB with 413', async () => {
    const many = await ingest(
      t.url,
      Array.from({ length: 1_001 }, () => item()),
    );
    expect(many.status).toBe(413);
    expect((many.body as unknown as HubError).error.code).toBe('too_many_items');
    const big = await ingest(t.url, [item({ text: 'x'.repeat(1_100_000) })]);
    expect(big.status).toBe(413);
    expect((big.body as unknown as HubError).error.code).toBe('too_large');
  });

  it('refuses 10 MB without reading it all', async () => {
    const huge = `{"items":[{"text":"${'x'.repeat(10 * 1024 * 1024)}"}]}`;
    const answer = await call<HubError>(t.url, '/api/v1/ingest', huge, 'test-ingest-key-0123456789abcdef');
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('too_large');
  });

  it('refuses a wrong or missing key, bad JSON and a wrong shape', async () => {
    expect((await ingest(t.url, [item()], 'wrong-key')).status).toBe(401);
    const missing = await call<HubError>(t.url, '/api/v1/ingest', { items: [item()] });
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('unauthorized');
    const broken = await call<HubError>(
      t.url,
      '/api/v1/ingest',
      '{"items": [',
      'test-ingest-key-0123456789abcdef',
    );
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('invalid_json');
    const shape = await call<HubError>(
      t.url,
      '/api/v1/ingest',
      { items: 'x' },
      'test-ingest-key-0123456789abcdef',
    );
    expect(shape.status).toBe(400);
    expect(shape.body.error.issues?.length).toBeGreaterThan(0);
    const empty = await ingest(t.url, []);
    expect(empty.status).toBe(400);
  });
});
