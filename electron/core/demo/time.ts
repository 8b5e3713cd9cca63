import type { Random } from './random.ts';
import { pickWeighted, weighted } from './random.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Kota Tasikmalaya keeps WIB all year: no daylight saving, so a fixed offset is exact. */
const WIB_OFFSET = 7 * HOUR;

/** Index = hour of day in WIB. Citizens write most in office hours and after evening prayers. */
const HOUR_OF_DAY = weighted(
  [1, 0.5, 0.3, 0.3, 0.6, 2, 4, 6, 9, 10, 10, 9, 8, 9, 9, 8, 7, 6, 6, 7, 7, 5, 3, 2].map(
    (weight, hour) => [hour, weight] as const,
  ),
);
const WEEKEND_KEEP = 0.6;
/** Demo items spread over about one quarter, enough for monthly trends and overdue items. */
const SPAN_DAYS = 90;

/** A moment within the last SPAN_DAYS days before `nowMs`, weighted to working hours and weekdays. */
export function receivedAtMs(random: Random, nowMs: number): number {
  const todayWib = Math.floor((nowMs + WIB_OFFSET) / DAY) * DAY;
  for (;;) {
    const dayWib = todayWib - random.int(SPAN_DAYS) * DAY;
    // 1970-01-01 was a Thursday; 0 = Sunday, 6 = Saturday.
    const weekday = (Math.floor(dayWib / DAY) + 4) % 7;
    if ((weekday === 0 || weekday === 6) && !random.chance(WEEKEND_KEEP)) continue;
    const at = dayWib + pickWeighted(random, HOUR_OF_DAY) * HOUR + random.int(3600) * 1000 - WIB_OFFSET;
    // Later today has not happened yet: move it to the day before.
    return at > nowMs ? at - DAY : at;
  }
}

/** Another report of the same thing, a few hours after the first one, never in the future. */
export function shortlyAfter(random: Random, firstMs: number, nowMs: number): number {
  return Math.min(firstMs + random.int(6 * 3600) * 1000, nowMs);
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));
/** "2025-03-04T" per WIB day; a demo set spans ~90 days, so this stays tiny. */
const datePrefixes = new Map<number, string>();

/** ISO 8601 with the WIB offset, as the channels deliver it: 2025-03-04T08:15:00+07:00. */
export function toWibIso(ms: number): string {
  const wall = ms + WIB_OFFSET;
  const day = Math.floor(wall / DAY);
  let prefix = datePrefixes.get(day);
  if (prefix === undefined) {
    // Formatting a Date per item cost more than the rest of an item together.
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    datePrefixes.set(day, prefix);
  }
  const seconds = Math.floor((wall - day * DAY) / 1000);
  const clock = `${twoDigits(Math.floor(seconds / 3600))}:${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}`;
  return `${prefix}${clock}+07:00`;
}
