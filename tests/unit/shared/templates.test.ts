import { describe, expect, it } from 'vitest';
import { renderTemplate, ResponseTemplateInput } from '../../../shared/index.ts';

const BODY =
  'Terima kasih {nama_pelapor}, laporan Anda nomor {nomor} sudah kami teruskan ke {dinas} dan akan ' +
  'ditindaklanjuti paling lambat {tenggat}.';

describe('renderTemplate', () => {
  it('fills every known placeholder', () => {
    expect(
      renderTemplate(BODY, {
        nama_pelapor: 'Bu Siti',
        nomor: 'TSM-2026-000042',
        dinas: 'Dinas PUPR',
        tenggat: '9 Mar 2026',
      }),
    ).toBe(
      'Terima kasih Bu Siti, laporan Anda nomor TSM-2026-000042 sudah kami teruskan ke Dinas PUPR dan ' +
        'akan ditindaklanjuti paling lambat 9 Mar 2026.',
    );
  });

  it('leaves a placeholder without a value visible, so the gap is seen', () => {
    expect(renderTemplate('paling lambat {tenggat}', { nomor: 'X' })).toBe('paling lambat {tenggat}');
  });

  it('leaves unknown placeholders and stray braces as written, never throws', () => {
    expect(renderTemplate('{alamat} {constructor} {__proto__} { nomor } {nomor', { nomor: '1' })).toBe(
      '{alamat} {constructor} {__proto__} { nomor } {nomor',
    );
  });

  it('fills a placeholder every time it appears, and inserts values literally', () => {
    expect(renderTemplate('{nomor}/{nomor}', { nomor: '$& {dinas}' })).toBe('$& {dinas}/$& {dinas}');
  });
});

describe('ResponseTemplateInput', () => {
  it('trims and requires a title and a body', () => {
    expect(ResponseTemplateInput.parse({ categoryId: null, title: ' Diterima ', body: ' Halo ' })).toEqual({
      categoryId: null,
      title: 'Diterima',
      body: 'Halo',
    });
    expect(ResponseTemplateInput.safeParse({ categoryId: null, title: ' ', body: 'x' }).success).toBe(false);
    expect(ResponseTemplateInput.safeParse({ categoryId: 'X Y', title: 'a', body: 'b' }).success).toBe(false);
  });
});
