import { describe, expect, it } from 'vitest';
import { flag, highlighted } from './lexicon.ts';

describe('unfair attack', () => {
  it('flags an accusation against a named official and proposes rahasia', () => {
    const text = 'Kadis Dadang Sukmajaya korupsi dana jalan, rumahnya baru tiga';
    const f = flag(text);
    expect(f.suggested).toBe('unfair_attack');
    expect(f.proposeRahasia).toBe(true);
    expect(f.reasons.find((r) => r.kind === 'target')?.term).toBe('Kadis Dadang Sukmajaya');
    expect(highlighted(text, f)).toContain('korupsi');
  });

  it('names a person through a title and a lower-case name', () => {
    expect(flag('pak asep lurah itu tukang pungli').suggested).toBe('unfair_attack');
  });

  it('keeps an accusation with nobody named weak: it is a complaint about conduct', () => {
    const f = flag('ada pungli di loket parkir terminal');
    expect(f.scores.unfair_attack).toBeLessThan(0.5);
    expect(f.proposeRahasia).toBe(false);
  });

  it('names a person by a common given name alone, in any case', () => {
    const f = flag('nanang dari PUPR nilep dana drainase');
    expect(f.suggested).toBe('unfair_attack');
    expect(f.reasons.find((r) => r.kind === 'target')?.term).toBe('nanang');
  });

  it('reads a street or a school named after a person as a place, not a target', () => {
    for (const text of ['pungli parkir di Jl. Ir. H. Juanda', 'ada pungli di SDN Dadang Sukmajaya']) {
      expect(flag(text).reasons.some((r) => r.kind === 'target')).toBe(false);
    }
  });

  it('does not read a polite address to an official as an attack', () => {
    expect(flag('pak camat, tolong jalan di Kawalu rusak parah').suggested).toBe('valid');
  });
});

describe('hoax', () => {
  it('finds chain-message markers', () => {
    const f = flag('viralkan sebelum dihapus: ada penculikan anak di dekat sekolah');
    expect(f.suggested).toBe('hoax');
    expect(f.reasons.filter((r) => r.kind === 'hoax_marker').map((r) => r.term)).toEqual(
      expect.arrayContaining(['viralkan', 'sebelum dihapus']),
    );
  });

  it('matches a retyped known hoax without any marker', () => {
    const f = flag('bsk pdam tirta sukapura mati total tujuh hari di seluruh kota tasikmalaya');
    expect(f.reasons.some((r) => r.kind === 'known_hoax' && r.term === 'pdam-mati-total')).toBe(true);
    expect(f.scores.hoax).toBeGreaterThanOrEqual(0.5);
  });

  it('flags links to watched domains', () => {
    const f = flag('cek bantuan di bantuan-pemerintah.site/daftar sekarang');
    expect(f.reasons.some((r) => r.kind === 'watched_domain')).toBe(true);
  });

  it('a real water outage complaint is not a hoax', () => {
    expect(flag('air PDAM mati 3 hari di Kersanagara, tolong dicek').suggested).toBe('valid');
  });
});

describe('impersonation', () => {
  it('flags a handle that imitates an official account', () => {
    const f = flag('info resmi: pendaftaran bantuan dibuka', '@pemkot.tasikmalaya_');
    expect(f.reasons.some((r) => r.kind === 'impersonation' && r.term === 'pemkottasikmalaya')).toBe(true);
  });

  it('flags a one-letter lookalike but not the official handle itself', () => {
    expect(flag('info', '@pemkottasikmaiaya').reasons.some((r) => r.kind === 'impersonation')).toBe(true);
    expect(flag('info', '@pemkottasikmalaya').reasons.some((r) => r.kind === 'impersonation')).toBe(false);
  });
});

describe('spam', () => {
  it.each([
    'slot gacor hari ini maxwin, daftar di https://example.org/gacor88',
    'pinjol cair 5 menit tanpa BI checking',
    'jual followers murah, link di bio',
  ])('flags promotions: "%s"', (text) => {
    expect(flag(text).suggested).toBe('spam');
  });

  it('a link alone is no spam: citizens link photos', () => {
    const f = flag('foto jalan rusak di Cibeureum https://example.org/foto1');
    expect(f.scores.spam).toBe(0);
    expect(f.suggested).toBe('valid');
  });
});

describe('off topic', () => {
  it('chatter naming no service or problem is off topic', () => {
    expect(flag('Persib menang euy!!').suggested).toBe('off_topic');
  });
});
