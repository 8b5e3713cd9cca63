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
  const dates = new Set<LocalDate>();
  for (const year of years) for (const h of nationalHolidays(year)) dates.add(h.date);
  for (const d of adjust.extra ?? []) dates.add(d);
  for (const d of adjust.removed ?? []) dates.delete(d);
  return { holidays: dates };
}

type NationalHoliday = { readonly date: LocalDate; readonly name: string };

/** The package takes tens of milliseconds per year, and a year's answer never changes while running. */
const byYear = new Map<number, readonly NationalHoliday[]>();

/** One year's national public holidays with their Indonesian names, in date order. */
export function nationalHolidays(year: number): readonly NationalHoliday[] {
  let found = byYear.get(year);
  if (found === undefined) {
    found = new Holidays('ID')
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
    byYear.set(year, found);
  }
  return found;
}
