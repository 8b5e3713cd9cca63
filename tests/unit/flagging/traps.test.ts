import { describe, expect, it } from 'vitest';
import { maskInsults } from '../../../shared/flagging/index.ts';
import { flag, LEXICON } from './lexicon.ts';

describe('the traps (shared/design/flagging.md)', () => {
  it.each([
    'sampah menumpuk di pasar Cikurubuk sudah seminggu',
    'lampu jalan buta dari pertigaan sampai masjid',
    'lampu PJU mati 2 minggu, gelap banget',
    'bau busuk dari selokan depan sekolah',
    'macet parah di Jl. Mashudi tiap sore',
    'aspal baru sudah cacat dan retak',
    'jalan anjlok dekat jembatan, takut ambles',
    'anjing liar berkeliaran di taman kota',
    'ada orang gila di perempatan, tolong dinsos',
    'petugas sampah tidak datang 2 minggu',
    'tai kucing di trotoar depan alun-alun',
  ])('an everyday complaint is valid, with no abuse: "%s"', (text) => {
    const f = flag(text);
    expect(f.suggested).toBe('valid');
    expect(f.scores.abuse).toBe(0);
    expect(f.maskProfanity).toBe(false);
  });

  it.each(['pemkot sampah semua', 'dasar pegawai busuk', 'kamu buta ya min?', 'woy anjing', 'mati aja lu'])(
    'the same words aimed at someone are abuse: "%s"',
    (text) => {
      const f = flag(text);
      expect(f.suggested).toBe('abuse');
      expect(f.reasons.some((r) => r.kind === 'aimed_insult')).toBe(true);
    },
  );

  it('an angry but legitimate complaint is valid', () => {
    const f = flag('pemkot lelet, jalan rusak 3 bulan ga dibenerin!');
    expect(f.suggested).toBe('valid');
    expect(f.scores.abuse).toBe(0);
  });

  it('a grievance wrapped in insults is valid with profanity masked, never abuse', () => {
    const text = 'Dinas PUPR goblok, jalan Cihideung rusak 3 bulan ga dibenerin, bangsat!';
    const f = flag(text);
    expect(f.scores.abuse).toBeGreaterThanOrEqual(0.9);
    expect(f.suggested).toBe('valid');
    expect(f.maskProfanity).toBe(true);
    expect(f.reasons.find((r) => r.kind === 'suggestion')?.note).toMatch(/grievance wrapped in insults/);
    expect(maskInsults(text, LEXICON)).toBe(
      'Dinas PUPR g*****, jalan Cihideung rusak 3 bulan ga dibenerin, b******!',
    );
  });

  it('insults with no grievance are abuse, in any spelling trick', () => {
    for (const text of [
      'admin g0bl0kkk',
      'b-e-g-o semua yang kerja di pemkot',
      'dasar 4nj1ng',
      'bgst lu min',
    ]) {
      expect(flag(text).suggested).toBe('abuse');
    }
  });

  it('masks aimed suspect words only, and keeps the same word in a complaint phrase', () => {
    expect(maskInsults('pemkot sampah, sampah menumpuk di pasar', LEXICON)).toBe(
      'pemkot s*****, sampah menumpuk di pasar',
    );
  });
});
