import { describe, expect, it } from 'vitest';
import { hasProfanity, maskProfanity } from '../../../shared/index.ts';
import shipped from '../../../resources/flagging/abuse.json' with { type: 'json' };

const TERMS = ['goblok', 'bangsat', 'kurang ajar', 'cuk'];

describe('maskProfanity', () => {
  it('keeps the first letter and stars the rest', () => {
    expect(maskProfanity('dasar goblok', TERMS)).toBe('dasar g*****');
  });

  it('matches any letter case and keeps the case of the first letter', () => {
    expect(maskProfanity('GOBLOK! Goblok.', TERMS)).toBe('G*****! G*****.');
  });

  it('catches letter repeats and stars every letter written', () => {
    expect(maskProfanity('pemkot goblokkk, jalan rusak', TERMS)).toBe('pemkot g*******, jalan rusak');
    expect(maskProfanity('bangsaaat', TERMS)).toBe('b********');
  });

  it('masks whole words only', () => {
    expect(maskProfanity('cukup sudah, cuk', TERMS)).toBe('cukup sudah, c**');
    expect(maskProfanity('goblokisme', TERMS)).toBe('goblokisme');
  });

  it('masks phrases across any spacing and keeps the spaces', () => {
    expect(maskProfanity('dinas kurang  ajar', TERMS)).toBe('dinas k*****  ****');
  });

  it('leaves text without terms, and any text with no terms given, unchanged', () => {
    expect(maskProfanity('Jalan rusak di Cihideung', TERMS)).toBe('Jalan rusak di Cihideung');
    expect(maskProfanity('dasar goblok', [])).toBe('dasar goblok');
    expect(maskProfanity('dasar goblok', ['  '])).toBe('dasar goblok');
  });

  it('treats regular-expression characters in a term as text', () => {
    expect(maskProfanity('a.b a+b axb', ['a.b'])).toBe('a** a+b axb');
  });

  it('counts characters, not UTF-16 units, and leaves emoji alone', () => {
    expect(maskProfanity('goblok 😡 jalan', TERMS)).toBe('g***** 😡 jalan');
  });
});

describe('the shipped word list', () => {
  const terms = shipped.banned;

  it('masks insults wrapped around a real grievance and keeps the grievance', () => {
    const text = 'Dinas PUPR goblok, jalan Cihideung rusak 3 bulan ga dibenerin, bangsat!';
    expect(maskProfanity(text, terms)).toBe(
      'Dinas PUPR g*****, jalan Cihideung rusak 3 bulan ga dibenerin, b******!',
    );
  });

  it.each([
    'sampah menumpuk di pasar Cikurubuk',
    'lampu mati sepanjang jalan HZ Mustofa',
    'bau busuk dari selokan depan sekolah',
    'lampu jalan buta sudah seminggu',
    'aspal cacat, macet parah, jalan anjlok',
    'anjing liar berkeliaran di taman kota',
    'ada orang gila di perempatan',
    'pemkot lelet, jalan rusak 3 bulan ga dibenerin!',
  ])('does not mask the everyday complaint "%s"', (text) => {
    expect(hasProfanity(text, terms)).toBe(false);
  });

  it('lists none of the words it excludes', () => {
    const excluded = Object.keys(shipped.everyday);
    expect(terms.filter((t) => excluded.includes(t))).toEqual([]);
  });
});
