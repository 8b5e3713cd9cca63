import type { ComplaintDetail, TemplateValues } from '../../../../shared/index.ts';

/** Canned responses are Indonesian letters to citizens, whatever language the desk's screen is in. */
const LETTER_DAY = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Asia/Jakarta',
});

/** dueAt is the exclusive end of the due time: the last day that is still on time holds the moment before. */
const lastDueDay = (dueAt: string): string => LETTER_DAY.format(new Date(Date.parse(dueAt) - 1));

/**
 * The open item's values for a template's placeholders. An anonymous or confidential reporter is not
 * named; a value not known yet (no dinas, no running deadline) is left out, so its placeholder stays
 * visible for the person writing.
 */
export function templateValues(complaint: ComplaintDetail, dinasName: string | null): TemplateValues {
  const named = complaint.confidentiality === 'biasa';
  return {
    nama_pelapor: named ? (complaint.authorName ?? complaint.authorHandle) : 'Bapak/Ibu',
    nomor: complaint.caseNo,
    ...(dinasName === null ? {} : { dinas: dinasName }),
    ...(complaint.deadline === null ? {} : { tenggat: lastDueDay(complaint.deadline.dueAt) }),
  };
}
