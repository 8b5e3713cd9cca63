import { describe, expect, it } from 'vitest';
import { normalise } from '../../../shared/flagging/index.ts';
import { LEXICON } from './lexicon.ts';

const words = (text: string) =>
  normalise(text, LEXICON.slang)
    .filter((t) => !t.mark)
    .map((t) => t.word);

describe('normalise', () => {
  it.each([
    ['GOBLOK', 'goblok'],
    ['bodohhhh', 'bodoh'],
    ['gooobloook', 'goblok'],
    ['4nj1ng', 'anjing'],
    ['b4ngs4t', 'bangsat'],
    ['t4i', 'tai'],
    ['b@ngsat', 'bangsat'],
    ['b-o-d-o-h', 'bodoh'],
    ['B E G O', 'bego'],
    ['b.o.d.o.h', 'bodoh'],
    ['gblk', 'goblok'],
    ['bgst', 'bangsat'],
    ['ga', 'tidak'],
    ['udh', 'sudah'],
    ['Ｇｏｂｌｏｋ', 'goblok'],
  ])('reads %s as %s', (typed, word) => {
    expect(words(typed)).toEqual([word]);
  });

  it('keeps numbers with units and reads reduplication', () => {
    expect(words('deposit 10rb, anak2 sekolah')).toEqual(['deposit', '10rb', 'anak', 'sekolah']);
  });

  it('keeps the words that carry meaning here: no stop words are dropped', () => {
    expect(words('bukan kamu, dia tidak jangan')).toEqual(['bukan', 'kamu', 'dia', 'tidak', 'jangan']);
  });

  it('does not join two single letters or mixed separators', () => {
    expect(words('a.b a+b')).toEqual(['a', 'b', 'a', 'b']);
  });

  it('maps every token back to what was typed', () => {
    const text = 'Pemkot G0BL0KKK!! b-e-g-o 😡 sampahnya';
    const tokens = normalise(text, LEXICON.slang);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Pemkot',
      'G0BL0KKK',
      '!',
      '!',
      'b-e-g-o',
      '😡',
      'sampahnya',
    ]);
    expect(tokens.find((t) => t.word === 'sampahnya')?.stem).toBe('sampah');
  });

  it('gives a multi-word chat spelling the span of the typed word', () => {
    const tokens = normalise('gaada air', LEXICON.slang);
    expect(tokens.slice(0, 2).map((t) => [t.word, t.start, t.end])).toEqual([
      ['tidak', 0, 5],
      ['ada', 0, 5],
    ]);
  });
});
