import Holidays from 'date-holidays';
import type { LocalDate, WorkCalendar } from './workdays.ts';

/**
 * Indonesia's national public holidays for the given years, from the date-holidays package. Cuti
 * bersama changes every year by ministerial decree, so admins add those dates themselves (`extra`), and
 * can take out a date the package gets wrong (`removed`): some Islamic dates are computed estimates.
 */
export function indonesianCalendar(
  years: readonly number[],
  adjust: { extra?: readonly LocalDate[]; removed?: readonly LocalDate[] } = {},
): WorkCalendar {
  const source = new Holidays('ID');
  const dates = new Set<LocalDate>();
  for (const year of years) {
    for (const h of source.getHolidays(year)) if (h.type === 'public') dates.add(h.date.slice(0, 10));
  }
  for (const d of adjust.extra ?? []) dates.add(d);
  for (const d of adjust.removed ?? []) dates.delete(d);
  return { holidays: dates };
}
