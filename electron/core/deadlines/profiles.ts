import type Database from 'better-sqlite3';
import { WIB_OFFSET_MS, addWorkingDays, type WorkCalendar } from '../../../shared/calendar/workdays.ts';
import {
  missingCase,
  strictAssert,
  type DeadlineProfile,
  type DeadlineStage,
  type DeadlineUnit,
} from '../../../shared/index.ts';
import { calendarFor, jakartaYear } from './calendar.ts';
import { deadlineRules } from './rules.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Working days end at midnight WIB after the n-th working day; hours are plain wall-clock hours. */
export function computeDue(
  profile: { amount: number; unit: DeadlineUnit },
  startMs: number,
  calendar: WorkCalendar,
): number {
  switch (profile.unit) {
    case 'hari_kerja':
      return addWorkingDays(startMs, profile.amount, calendar);
    case 'jam':
      return startMs + profile.amount * HOUR_MS;
    default:
      return missingCase(profile.unit);
  }
}

export type DueOf = (categoryId: string | null, stage: DeadlineStage, startMs: number) => number;

const keyOf = (categoryId: string | null, stage: DeadlineStage): string => `${categoryId ?? ''}|${stage}`;

/**
 * Due times for clocks that start between fromMs and toMs, with the profiles and calendar read once:
 * the category's own clock for the stage, else the city default (which the settings never delete).
 */
export function dueCalculator(db: Database.Database, fromMs: number, toMs: number): DueOf {
  const calendar = calendarFor(db, fromMs, toMs);
  const profiles = new Map(deadlineRules(db).profiles.map((p) => [keyOf(p.categoryId, p.stage), p]));
  // A working-day clock depends only on the WIB day it starts: a bulk insert asks for each day once.
  const byDay = new Map<DeadlineProfile, Map<number, number>>();
  return (categoryId, stage, startMs) => {
    const profile = profiles.get(keyOf(categoryId, stage)) ?? profiles.get(keyOf(null, stage));
    strictAssert(profile, `the city has a default ${stage} deadline`);
    if (profile.unit === 'jam') return computeDue(profile, startMs, calendar);
    const day = Math.floor((startMs + WIB_OFFSET_MS) / DAY_MS);
    let known = byDay.get(profile);
    if (known === undefined) byDay.set(profile, (known = new Map<number, number>()));
    let due = known.get(day);
    if (due === undefined) known.set(day, (due = computeDue(profile, startMs, calendar)));
    return due;
  };
}

/**
 * Due times for clocks that start at any time, for a run of operations in one transaction: the rules
 * are read once per year of start instead of once per operation.
 */
export function dueByYear(db: Database.Database): DueOf {
  const byYear = new Map<number, DueOf>();
  return (categoryId, stage, startMs) => {
    const year = jakartaYear(startMs);
    let dueOf = byYear.get(year);
    if (dueOf === undefined) byYear.set(year, (dueOf = dueCalculator(db, startMs, startMs)));
    return dueOf(categoryId, stage, startMs);
  };
}
