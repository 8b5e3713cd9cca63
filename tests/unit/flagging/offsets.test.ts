import { describe, expect, it } from 'vitest';
import { flag, highlighted } from './lexicon.ts';

describe('reasons point at what was typed', () => {
  it('gives offsets into the original text for every spelling trick', () => {
    const text = 'Min, pemkot G00BL0KKK!! b-e-g-o 😡 jalan rusak';
    const f = flag(text);
    expect(highlighted(text, f)).toEqual(expect.arrayContaining(['G00BL0KKK', 'b-e-g-o', 'jalan', 'rusak']));
  });

  it('counts offsets in UTF-16 units after emoji and accents', () => {
    const text = '😡😡 café goblok';
    const insult = flag(text).reasons.find((r) => r.kind === 'insult');
    expect(insult && text.slice(insult.start, insult.end)).toBe('goblok');
  });

  it('every reason with a span lies inside the text', () => {
    const text = 'SEBARKAN!!! info dari grup sebelah, pak Dadang korupsi, slot gacor https://bit.ly/x';
    for (const r of flag(text).reasons) {
      if (r.start === undefined || r.end === undefined) continue;
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(text.length);
      expect(r.end).toBeGreaterThan(r.start);
    }
  });
});
