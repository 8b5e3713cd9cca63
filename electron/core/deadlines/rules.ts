import type Database from 'better-sqlite3';
import { indonesianCalendar } from '../../../shared/calendar/holidays.ts';
import type { WorkCalendar } from '../../../shared/calendar/workdays.ts';
import type { DeadlineProfile, HolidayKind } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';

type Rules = {
  /** PRAGMA data_version when read: it changes when another connection commits. */
  dataVersion: number;
  profiles: readonly DeadlineProfile[];
  cutiBersama: readonly string[];
  notHolidays: readonly string[];
  calendars: Map<string, WorkCalendar>;
};

const cache = new WeakMap<Database.Database, Rules>();

export function readProfiles(db: Database.Database): DeadlineProfile[] {
  return prepared<[], DeadlineProfile>(
    db,
    `SELECT id, category_id AS categoryId, stage, amount, unit FROM deadline_profile
       ORDER BY category_id IS NOT NULL, category_id, CASE stage
         WHEN 'verifikasi' THEN 0 WHEN 'tindak_lanjut' THEN 1 ELSE 2 END`,
  ).all();
}

/**
 * The deadline profiles and holiday adjustments, read once per connection rather than on every
 * operation (a bulk verification of 10,000 items read them 10,000 times). Our own changes go through
 * `changingDeadlineRules`; PRAGMA data_version reveals changes committed by any other connection.
 */
export function deadlineRules(db: Database.Database): Rules {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const known = cache.get(db);
  if (known !== undefined && known.dataVersion === dataVersion) return known;
  const adjustments = prepared<[], { date: string; kind: HolidayKind }>(
    db,
    'SELECT date, kind FROM holiday_adjustment',
  ).all();
  const rules: Rules = {
    dataVersion,
    profiles: readProfiles(db),
    cutiBersama: adjustments.filter((a) => a.kind === 'cuti_bersama').map((a) => a.date),
    notHolidays: adjustments.filter((a) => a.kind === 'bukan_libur').map((a) => a.date),
    calendars: new Map(),
  };
  cache.set(db, rules);
  return rules;
}

/** The working-day calendar of the years first..last under the current rules, built once per range. */
export function calendarOfYears(db: Database.Database, first: number, last: number): WorkCalendar {
  const rules = deadlineRules(db);
  const key = `${first}-${last}`;
  let calendar = rules.calendars.get(key);
  if (calendar === undefined) {
    calendar = indonesianCalendar(
      Array.from({ length: last - first + 1 }, (_, i) => first + i),
      { extra: rules.cutiBersama, removed: rules.notHolidays },
    );
    rules.calendars.set(key, calendar);
  }
  return calendar;
}

/**
 * Runs a change of profiles or holiday adjustments. The cached rules are dropped before it (so the
 * due times it recomputes use the new rules) and after it (so a rolled-back change is not remembered).
 */
export function changingDeadlineRules<T>(db: Database.Database, change: () => T): T {
  cache.delete(db);
  try {
    return change();
  } finally {
    cache.delete(db);
  }
}
