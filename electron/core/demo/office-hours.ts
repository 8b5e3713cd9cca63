import { isWorkingDay, WIB_OFFSET_MS, type WorkCalendar } from '../../../shared/calendar/workdays.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The desk's office hours in WIB: people act between 08:00 and 16:00 on working days. */
const OPEN_HOUR = 8;
const CLOSE_HOUR = 16;

/** The instant `hour` o'clock WIB on the WIB day of `ms`. */
const wibHour = (ms: number, hour: number): number =>
  Math.floor((ms + WIB_OFFSET_MS) / DAY_MS) * DAY_MS - WIB_OFFSET_MS + hour * HOUR_MS;

/**
 * The instant `hours` of office time after `startMs`, counting only office hours of working days: a
 * demo person answering "in 6 hours" on a Friday at 14:00 does so on Monday at 12:00.
 */
export function officeHoursAfter(startMs: number, hours: number, cal: WorkCalendar): number {
  let at = startMs;
  let left = hours * HOUR_MS;
  for (;;) {
    const open = wibHour(at, OPEN_HOUR);
    const close = wibHour(at, CLOSE_HOUR);
    if (!isWorkingDay(at, cal) || at >= close) at = open + DAY_MS;
    else {
      at = Math.max(at, open);
      if (at + left <= close) return at + left;
      left -= close - at;
      at = open + DAY_MS;
    }
  }
}
