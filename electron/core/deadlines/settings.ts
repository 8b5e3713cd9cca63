import type Database from 'better-sqlite3';
import { nationalHolidays } from '../../../shared/calendar/holidays.ts';
import type { DeadlineSettings, HolidayAdjustment } from '../../../shared/index.ts';
import { jakartaYear } from './calendar.ts';
import { readProfiles } from './rules.ts';

/** Everything the admin's deadline screen shows: the clocks, the adjustments, one year's holidays. */
export function deadlineSettings(db: Database.Database, year = jakartaYear(Date.now())): DeadlineSettings {
  return {
    profiles: readProfiles(db),
    adjustments: db
      .prepare<[], HolidayAdjustment>('SELECT date, kind, note FROM holiday_adjustment ORDER BY date')
      .all(),
    year,
    nationalHolidays: [...nationalHolidays(year)],
  };
}
