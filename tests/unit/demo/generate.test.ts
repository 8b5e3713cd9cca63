import { describe, expect, it } from 'vitest';
import { IngestItem } from '../../../shared/index.ts';
import { generateDemoComplaints } from '../../../electron/core/demo/generate.ts';

const now = new Date('2025-06-30T10:00:00+07:00');
const items = generateDemoComplaints({ seed: 7, count: 4000, now });

describe('generateDemoComplaints', () => {
  it('is deterministic for the same seed, count and now', () => {
    expect(generateDemoComplaints({ seed: 7, count: 4000, now })).toEqual(items);
    const other = generateDemoComplaints({ seed: 8, count: 200, now });
    expect(other.map((c) => c.item.text)).not.toEqual(items.slice(0, 200).map((c) => c.item.text));
  });

  it('produces exactly count items, and none for zero', () => {
    expect(items).toHaveLength(4000);
    expect(generateDemoComplaints({ seed: 1, count: 0, now })).toEqual([]);
  });

  it('gives the same texts, order and ages on any date, moved by whole days and never past now', () => {
    for (const later of ['2026-12-07T20:51:00Z', '2027-02-14T01:00:00+07:00', '2025-06-29T09:00:00+07:00']) {
      const moved = generateDemoComplaints({ seed: 7, count: 4000, now: new Date(later) });
      expect(moved.map((d) => [d.item.text, d.truth])).toEqual(items.map((d) => [d.item.text, d.truth]));
      const shifts = new Set(
        moved.map((d, i) => Date.parse(d.item.receivedAt) - Date.parse(items[i]?.item.receivedAt ?? '')),
      );
      expect(shifts.size).toBe(1);
      const [shift] = [...shifts];
      expect(Math.abs((shift ?? 1) % 86_400_000)).toBe(0);
      expect(Math.max(...moved.map((d) => Date.parse(d.item.receivedAt)))).toBeLessThanOrEqual(
        Date.parse(later),
      );
    }
  });

  it('refuses a bad seed, count or now', () => {
    expect(() => generateDemoComplaints({ seed: 1.5, count: 1, now })).toThrow(/seed/);
    expect(() => generateDemoComplaints({ seed: 1, count: -1, now })).toThrow(/count/);
    expect(() => generateDemoComplaints({ seed: 1, count: 1, now: new Date('nope') })).toThrow(/now/);
  });

  it('makes every item pass the ingest schema', () => {
    for (const { item } of items) {
      const parsed = IngestItem.safeParse(item);
      expect(parsed.success, JSON.stringify(item)).toBe(true);
    }
  });

  it('keeps externalId unique per channel', () => {
    const keys = new Set(items.map(({ item }) => `${item.channel}\u0000${item.externalId}`));
    expect(keys.size).toBe(items.length);
  });

  it('spreads receivedAt over the last ~90 days in WIB, oldest first', () => {
    const times = items.map(({ item }) => item.receivedAt);
    expect(times.every((t) => t.endsWith('+07:00'))).toBe(true);
    const ms = times.map((t) => Date.parse(t));
    expect(ms.every((t) => t <= now.getTime() && t > now.getTime() - 91 * 86_400_000)).toBe(true);
    expect(ms).toEqual([...ms].sort((a, b) => a - b));
    const hours = times.map((t) => Number(t.slice(11, 13)));
    const office = hours.filter((h) => h >= 8 && h < 16).length;
    expect(office / hours.length).toBeGreaterThan(0.4);
  });

  it('attaches coordinates inside Kota Tasikmalaya and media links to some items', () => {
    const located = items.filter(({ item }) => item.place?.lat !== undefined);
    expect(located.length).toBeGreaterThan(200);
    for (const { item } of located) {
      expect(item.place?.lat).toBeCloseTo(-7.34, 0);
      expect(item.place?.lon).toBeCloseTo(108.23, 0);
    }
    const withMedia = items.filter(({ item }) => item.media?.length);
    expect(withMedia.length).toBeGreaterThan(400);
    expect(
      withMedia.every(({ item }) => item.media?.every((url) => url.startsWith('https://example.org/'))),
    ).toBe(true);
  });
});
