import type Database from 'better-sqlite3';
import { jakartaDate, type WorkCalendar } from '../../../shared/calendar/workdays.ts';
import { calendarOfYears } from './rules.ts';

export const jakartaYear = (ms: number): number => Number(jakartaDate(ms).slice(0, 4));

/**
 * The working-day calendar for clocks between fromMs and toMs: national holidays of those years ± 1
 * (a deadline runs into the next year; a standing is counted from the previous one) with the admin's
 * adjustments (see rules.ts for when those are read).
 */
export function calendarFor(db: Database.Database, fromMs: number, toMs: number): WorkCalendar {
  return calendarOfYears(
    db,
    jakartaYear(Math.min(fromMs, toMs)) - 1,
    jakartaYear(Math.max(fromMs, toMs)) + 1,
  );
}
