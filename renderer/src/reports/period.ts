import { missingCase, type ReportPeriod } from '../../../shared/index.ts';

/** The period picker's shortcuts; each ends today (WIB) so "overdue now" and the period agree. */
export const PRESETS = ['thisWeek', 'thisMonth', 'last30Days', 'thisYear'] as const;
export type Preset = (typeof PRESETS)[number];

/** The period a dashboard opens with when the address names none. */
export const DEFAULT_PRESET: Preset = 'last30Days';

const DAY_MS = 86_400_000;

/** A WIB calendar day ('yyyy-mm-dd') as a UTC midnight, which makes day arithmetic exact. */
const toUtc = (day: string): Date => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => toDay(new Date(toUtc(day).getTime() + n * DAY_MS));

/** The month's last day, for any day of it. */
export const lastDayOfMonth = (day: string): string =>
  toDay(new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)));

/** The preset's first day for a period ending on `today` (weeks start on Monday, as ISO weeks do). */
function startOf(preset: Preset, today: string): string {
  switch (preset) {
    case 'thisWeek':
      return addDays(today, -((toUtc(today).getUTCDay() + 6) % 7));
    case 'thisMonth':
      return `${today.slice(0, 7)}-01`;
    case 'last30Days':
      return addDays(today, -29);
    case 'thisYear':
      return `${today.slice(0, 4)}-01-01`;
    default:
      return missingCase(preset);
  }
}

export const presetPeriod = (preset: Preset, today: string): ReportPeriod => ({
  from: startOf(preset, today),
  to: today,
});

/** The preset a period equals today, if any: the picker marks it as pressed. */
export const matchingPreset = (period: ReportPeriod, today: string): Preset | undefined =>
  PRESETS.find((p) => {
    const candidate = presetPeriod(p, today);
    return candidate.from === period.from && candidate.to === period.to;
  });

/** The seven days up to and including `day`: the leadership's weekly summary. */
export const weekEnding = (day: string): ReportPeriod => ({ from: addDays(day, -6), to: day });
