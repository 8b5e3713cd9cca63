import { describe, expect, it } from 'vitest';
import { findClusters, type ClusterItem } from '../../../shared/flagging/index.ts';
import { LEXICON } from './lexicon.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2025-05-01T08:00:00+07:00');

const report = (
  id: string,
  text: string,
  hours: number,
  kecamatan: string,
  author = `@warga${id}`,
): ClusterItem => ({
  id,
  text,
  atMs: T0 + hours * HOUR,
  kecamatan,
  author,
});

describe('duplicate clusters', () => {
  const items = [
    report('b', 'sama min, jalan di Jl. Mashudi dekat SMPN 5 rusak parah, lubangnya dalam', 3, 'Kawalu'),
    report('a', 'jalan di Jl. Mashudi dekat SMPN 5 rusak parah, lubangnya dalam banget', 0, 'Kawalu'),
    report('c', 'Jalan di Jl Mashudi dekat SMPN 5 rusak parahhh lubangnya dalem', 8, 'Kawalu'),
    report('d', 'jalan di Jl. Mashudi dekat SMPN 5 rusak parah, lubangnya dalam', 2, 'Tawang'),
    report('e', 'jalan di Jl. Mashudi dekat SMPN 5 rusak parah, lubangnya dalam', 24 * 10, 'Kawalu'),
    report('f', 'lampu jalan mati di Jl. Siliwangi, gelap banget kalau malam', 1, 'Kawalu'),
    report('g', 'jalan di Jl. Cibeuti dekat SMPN 5 rusak parah, lubangnya dalam banget', 1, 'Kawalu'),
    report(
      'h',
      'saya juga mau lapor min, jalan di Jl. Mashudi dekat SMPN 5 rusak parah, lubangnya dalam banget, tolong cepet',
      4,
      '',
    ),
    report('i', 'jalan di Jl. Mashudi dekat SMPN 5 rusak parah, lubangnya dalam banget', 30, 'Kawalu'),
  ];
  const { duplicates } = findClusters(items, LEXICON);

  it('groups near-identical reports of one place within the window, earliest as master', () => {
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]?.master).toBe('a');
    expect(duplicates[0]?.members).toEqual(['a', 'b', 'h', 'c']);
    expect(duplicates[0]?.kecamatan).toBe('Kawalu');
  });

  it('keeps other kecamatan, other streets, a later day and other problems apart', () => {
    const clustered = duplicates.flatMap((d) => d.members);
    for (const id of ['d', 'e', 'f', 'g', 'i']) expect(clustered).not.toContain(id);
  });

  it('lets a report without a kecamatan join one that names the same street, echo words and all', () => {
    expect(duplicates[0]?.members).toContain('h');
  });
});

describe('coordinated campaigns', () => {
  const text = 'Walikota gagal total, turunkan sekarang juga! #TasikMelawan';
  it('finds near-identical text from many accounts in a short window, with its accounts', () => {
    const items = Array.from({ length: 6 }, (_, i) =>
      report(`c${i}`, i % 2 ? text.toUpperCase() : text, i * 0.5, '', `@akun${i}`),
    );
    const { campaigns } = findClusters(items, LEXICON);
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]?.accounts).toEqual(['@akun0', '@akun1', '@akun2', '@akun3', '@akun4', '@akun5']);
    expect(campaigns[0]?.members).toHaveLength(6);
  });

  it('one account repeating itself is no campaign', () => {
    const items = Array.from({ length: 6 }, (_, i) => report(`s${i}`, text, i * 0.5, '', '@satu'));
    expect(findClusters(items, LEXICON).campaigns).toEqual([]);
  });

  it('the same text spread over days is no campaign', () => {
    const items = Array.from({ length: 6 }, (_, i) => report(`d${i}`, text, i * 24, '', `@akun${i}`));
    expect(findClusters(items, LEXICON).campaigns).toEqual([]);
  });
});
