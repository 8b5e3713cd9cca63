import type Database from 'better-sqlite3';
import { WIB_OFFSET_MS, isWorkingDay } from '../../../shared/calendar/workdays.ts';
import { jakartaYear } from '../deadlines/calendar.ts';
import { calendarOfYears } from '../deadlines/rules.ts';
import { prepared } from '../db/statements.ts';

const DAY_MS = 86_400_000;

/** The WIB day number (days since 1970-01-01 WIB) of an instant, as a SQL expression over `ms`. */
export const sqlDay = (ms: string): string => `((${ms} + ${WIB_OFFSET_MS}) / ${DAY_MS})`;

/**
 * W(t), the working-time coordinate: working milliseconds from the calendar's first day to t. A working
 * duration is W(t2) − W(t1), which SQL computes with two lookups instead of walking the days between
 * (workingTimeMs in shared/calendar/workdays.ts, whose result it equals).
 */
export const sqlWorking = (ms: string): string =>
  `(SELECT k.w + CASE WHEN k.working = 1 THEN ${ms} - (k.day * ${DAY_MS} - ${WIB_OFFSET_MS}) ELSE 0 END
    FROM report_calendar k WHERE k.day = ${sqlDay(ms)})`;

/**
 * The exclusive end of the n-th working day after the day of `ms` (addWorkingDays): wd counts the
 * working days up to each day, so that day is the first one whose count is n higher.
 */
export const sqlAddWorkingDays = (ms: string, n: string): string =>
  `(SELECT (min(k2.day) + 1) * ${DAY_MS} - ${WIB_OFFSET_MS} FROM report_calendar k2
    WHERE k2.wd = (SELECT k.wd FROM report_calendar k WHERE k.day = ${sqlDay(ms)}) + ${n})`;

const jakartaYearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/**
 * Writes report_calendar for the years first..last under the current deadline rules (holidays, cuti
 * bersama, corrections): one row per day with W at its start and the running count of working days.
 */
export function writeReportCalendar(db: Database.Database, first: number, last: number): void {
  const calendar = calendarOfYears(db, first, last);
  const start = Date.UTC(first, 0, 1) / DAY_MS;
  const end = Date.UTC(last + 1, 0, 1) / DAY_MS;
  prepared(db, 'DELETE FROM report_calendar').run();
  const put = prepared(db, 'INSERT INTO report_calendar (day, w, working, wd) VALUES (?, ?, ?, ?)');
  let w = 0;
  let wd = 0;
  for (let day = start; day < end; day++) {
    const working = isWorkingDay(day * DAY_MS - WIB_OFFSET_MS, calendar);
    if (working) wd += 1;
    put.run(day, w, working ? 1 : 0, wd);
    if (working) w += DAY_MS;
  }
}

/** The years the calendar holds, or null when it is empty. Two lookups of the key, not a scan. */
export function reportCalendarYears(db: Database.Database): { first: number; last: number } | null {
  const row = prepared<[], { lo: number | null; hi: number | null }>(
    db,
    'SELECT (SELECT min(day) FROM report_calendar) AS lo, (SELECT max(day) FROM report_calendar) AS hi',
  ).get();
  if (!row || row.lo === null || row.hi === null) return null;
  return { first: jakartaYearOf(row.lo), last: jakartaYearOf(row.hi) };
}

/**
 * Makes sure the calendar covers the instants about to be measured, with a year to spare on each side
 * (a deadline runs into the next year). Cheap when it does: one lookup of the calendar's range.
 */
export function coverReportCalendar(db: Database.Database, fromMs: number, toMs: number): void {
  const need = { first: jakartaYear(fromMs) - 1, last: jakartaYear(toMs) + 1 };
  const have = reportCalendarYears(db);
  if (have !== null && have.first <= need.first && have.last >= need.last) return;
  writeReportCalendar(
    db,
    Math.min(need.first, have?.first ?? need.first),
    Math.max(need.last, have?.last ?? need.last),
  );
}
