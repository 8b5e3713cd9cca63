import type { TemplateValues } from '../../../../shared/index.ts';

/**
 * Made-up values for the preview, so the admin sees a letter as a citizen would read it. Letters are
 * Indonesian whatever the screen's language (see detail/actions/templateValues.ts).
 */
export const SAMPLE_VALUES = {
  nama_pelapor: 'Ibu Dewi',
  nomor: 'TSM-2026-000123',
  dinas: 'Dinas PUPR',
  tenggat: '20 Februari 2026',
} as const satisfies Required<TemplateValues>;
