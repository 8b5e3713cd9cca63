import type Database from 'better-sqlite3';
import { indonesianCalendar } from '../../../shared/calendar/holidays.ts';
import { jakartaDate, type WorkCalendar } from '../../../shared/calendar/workdays.ts';
import type { HolidayKind } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';

export const jakartaYear = (ms: number): number => Number(jakartaDate(ms).slice(0, 4));

/**
 * The working-day calendar for clocks between fromMs and toMs: national holidays of those years ± 1
 * (a deadline runs into the next year; a standing is counted from the previous one) with the admin's
 * adjustments, read afresh each time so that a change is never missed. Cheap: the holiday package's
 * answer per year is kept (see nationalHolidays), the rest is a tiny table and a set of dates.
 */
export function calendarFor(db: Database.Database, fromMs: number, toMs: number): WorkCalendar {
  const adjustments = prepared<[], { date: string; kind: HolidayKind }>(
    db,
    'SELECT date, kind FROM holiday_adjustment',
  ).all();
  const first = jakartaYear(Math.min(fromMs, toMs)) - 1;
  const last = jakartaYear(Math.max(fromMs, toMs)) + 1;
  return indonesianCalendar(
    Array.from({ length: last - first + 1 }, (_, i) => first + i),
    {
      extra: adjustments.filter((a) => a.kind === 'cuti_bersama').map((a) => a.date),
      removed: adjustments.filter((a) => a.kind === 'bukan_libur').map((a) => a.date),
    },
  );
}
