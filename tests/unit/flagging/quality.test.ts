import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readVerdicts } from '../../../electron/core/flagging/jsonl.ts';
import { evaluate, isHeldOut, macroF1, type LabelledItem } from '../../../shared/flagging/index.ts';
import { LEXICON } from './lexicon.ts';

const read = (name: string): LabelledItem[] =>
  readVerdicts(readFileSync(new URL(`../../fixtures/flagging/${name}`, import.meta.url), 'utf8')).flatMap(
    (r) => (r.ok ? [{ id: r.value.id, text: r.value.text, verdict: r.value.verdict }] : []),
  );

const set1 = read('labelled.jsonl');
/** Written blind (before the lists it is scored with) and never tuned against: see the bench. */
const set2 = read('labelled-2.jsonl');
const union = [...set1, ...set2];

/**
 * Floors slightly under what was measured (see the report in the bench): a change that makes flagging
 * worse fails here. Raise them when quality improves; never lower them to make a change pass.
 */
describe.each([
  { name: 'set 1', items: set1, floors: { recall: 0.93, attack: 0.97, hoax: 0.96, spam: 0.97, valid: 0.96 } },
  { name: 'set 2', items: set2, floors: { recall: 0.94, attack: 0.93, hoax: 0.88, spam: 0.97, valid: 0.94 } },
  {
    name: 'union',
    items: union,
    floors: { recall: 0.94, attack: 0.96, hoax: 0.94, spam: 0.97, valid: 0.96 },
  },
])('quality on $name', ({ items, floors }) => {
  const e = evaluate(items, LEXICON);

  it('keeps legitimate complaints: abuse false positives at most 2%', () => {
    expect(e.rulesAll.abuseFalsePositiveRate).toBeLessThanOrEqual(0.02);
    expect(e.heldOut.combined.abuseFalsePositiveRate).toBeLessThanOrEqual(0.02);
  });

  it('holds the rules floors', () => {
    const q = e.rulesAll.perLabel;
    expect(q.abuse.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(q.abuse.precision).toBeGreaterThanOrEqual(0.95);
    expect(q.unfair_attack.f1).toBeGreaterThanOrEqual(floors.attack);
    expect(q.hoax.f1).toBeGreaterThanOrEqual(floors.hoax);
    expect(q.spam.f1).toBeGreaterThanOrEqual(floors.spam);
    expect(q.valid.f1).toBeGreaterThanOrEqual(floors.valid);
  });
});

describe('the labelled sets', () => {
  it('are worth measuring: the union has 400+ items, 150+ legitimate, 30+ of every label', () => {
    expect(union.length).toBeGreaterThanOrEqual(400);
    expect(union.filter((i) => i.verdict === 'valid').length).toBeGreaterThanOrEqual(150);
    const e = evaluate(union, LEXICON);
    expect(Object.values(e.rulesAll.perLabel).every((q) => q.support >= 30)).toBe(true);
  });

  it('set 2 alone has 200+ items and 80+ legitimate complaints', () => {
    expect(set2.length).toBeGreaterThanOrEqual(200);
    expect(set2.filter((i) => i.verdict === 'valid').length).toBeGreaterThanOrEqual(80);
  });

  it('share no id, so the held-out split of the union is the two splits together', () => {
    expect(new Set(union.map((i) => i.id)).size).toBe(union.length);
  });

  it('rules + model beat rules alone on the held-out items of the union', () => {
    const e = evaluate(union, LEXICON);
    expect(macroF1(e.heldOut.combined)).toBeGreaterThan(macroF1(e.heldOut.rules));
  });

  it('splits train and held-out by id, the same on every run', () => {
    const e = evaluate(union, LEXICON);
    const held = union.filter((i) => isHeldOut(i.id)).length;
    expect(held).toBe(e.heldOut.rules.count);
    expect(held / union.length).toBeGreaterThan(0.2);
    expect(held / union.length).toBeLessThan(0.4);
  });
});
