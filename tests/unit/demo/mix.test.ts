import { describe, expect, it } from 'vitest';
import {
  DEMO_TRUTHS,
  generateDemoComplaints,
  TRUTH_SHARES,
  type DemoComplaint,
} from '../../../electron/core/demo/generate.ts';
import { INSULTS } from '../../../electron/core/demo/phrases/anger.ts';
import { shippedMasterData } from '../../../electron/core/master/seed.ts';

const now = new Date('2025-06-30T10:00:00+07:00');
const items = generateDemoComplaints({ seed: 42, count: 6000, now });
const master = shippedMasterData();
const share = (n: number) => n / items.length;

describe('demo mix', () => {
  it.each(DEMO_TRUTHS)('has about the target share of %s', (truth) => {
    const count = items.filter((c) => c.truth === truth).length;
    expect(Math.abs(share(count) - TRUTH_SHARES[truth])).toBeLessThan(0.025);
  });

  it('names every kecamatan of the city, by name', () => {
    const named = new Set(items.map(({ item }) => item.place?.kecamatan));
    for (const k of master.kecamatan) expect(named, k.name).toContain(k.name);
    const known = new Set(master.kecamatan.map((k) => k.name));
    expect([...named].filter((n) => n !== undefined && !known.has(n))).toEqual([]);
  });

  it('covers every category, and only grievances carry one', () => {
    const seen = new Set(items.map((c) => c.categoryId));
    for (const c of master.categories) expect(seen, c.id).toContain(c.id);
    for (const c of items) {
      const grievance = c.truth === 'valid' || c.truth === 'valid_angry';
      expect(c.categoryId !== null, c.truth).toBe(grievance);
    }
  });

  it('clusters several reports of one problem: same place and category, within hours', () => {
    // Map.groupBy needs Node 21.
    const clusters = new Map<string, DemoComplaint[]>();
    for (const c of items)
      if (c.clusterId !== null) clusters.set(c.clusterId, [...(clusters.get(c.clusterId) ?? []), c]);
    expect(clusters.size).toBeGreaterThan(20);
    for (const members of clusters.values()) {
      expect(members.length).toBeGreaterThan(1);
      expect(new Set(members.map((c) => c.categoryId)).size).toBe(1);
      expect(members.every((c) => c.truth === 'valid')).toBe(true);
      const kecamatan = new Set(members.flatMap((c) => c.item.place?.kecamatan ?? []));
      expect(kecamatan.size).toBeLessThanOrEqual(1);
      const ms = members.map((c) => Date.parse(c.item.receivedAt));
      expect(Math.max(...ms) - Math.min(...ms)).toBeLessThanOrEqual(6 * 3_600_000);
      expect(new Set(members.map((c) => c.item.author.handle)).size).toBeGreaterThan(1);
    }
  });

  it('comes mostly through Instagram, WhatsApp, Facebook and X', () => {
    const social = items.filter(({ item }) =>
      ['instagram', 'whatsapp', 'facebook', 'x'].includes(item.channel),
    );
    expect(share(social.length)).toBeGreaterThan(0.7);
    expect(new Set(items.map(({ item }) => item.channel)).size).toBeGreaterThanOrEqual(9);
  });

  it('writes like the traps in flagging.md: insult-like words in valid reports, markers in the rest', () => {
    const texts = (truth: string) =>
      items.filter((c) => c.truth === truth).map((c) => c.item.text.toLowerCase());
    const some = (truth: string, pattern: RegExp) => texts(truth).filter((t) => pattern.test(t)).length;
    expect(some('valid', /\b(sampah|mati|busuk|buta|parah|cacat|anjlok)\b/)).toBeGreaterThan(300);
    expect(some('valid', /\b(ga|gak|udah|udh|bgt|min|tolong|kpn)\b/)).toBeGreaterThan(1000);
    // A typo may hide a marker now and then, as it does in real chain messages.
    const markers = /sebarkan|viralkan|grup sebelah|katanya|forward|share/;
    expect(some('hoax', markers)).toBeGreaterThan(0.9 * texts('hoax').length);
    expect(some('spam', /https:\/\/example\.(org|com|net)\//)).toBe(texts('spam').length);
    const anger = new RegExp(`!|pemkot|dicuekin|malu|pajak|${INSULTS.join('|')}`);
    expect(some('valid_angry', anger)).toBeGreaterThan(0.95 * texts('valid_angry').length);
  });
});
