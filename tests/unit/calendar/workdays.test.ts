import { describe, expect, it } from 'vitest';
import { indonesianCalendar, nationalHolidays } from '../../../shared/calendar/holidays.ts';
import {
  addWorkingDays,
  deadlineStanding,
  isWorkingDay,
  jakartaDate,
  workingDaysBetween,
  workingTimeMs,
  type WorkCalendar,
} from '../../../shared/calendar/workdays.ts';

const at = (iso: string): number => Date.parse(iso);
const noHolidays: WorkCalendar = { holidays: new Set() };
const HOUR = 3_600_000;

describe('jakartaDate', () => {
  it('uses WIB, not UTC: 23:30 WIB stays on its own day', () => {
    expect(jakartaDate(at('2026-11-27T23:30:00+07:00'))).toBe('2026-11-27');
    expect(jakartaDate(at('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
  });
});

describe('addWorkingDays', () => {
  it('counts from the day after receipt and ends at midnight WIB', () => {
    // Monday 23 Nov 2026, 10:00 → 3 working days: Tue, Wed, Thu → due end of Thursday.
    const due = addWorkingDays(at('2026-11-23T10:00:00+07:00'), 3, noHolidays);
    expect(due).toBe(at('2026-11-27T00:00:00+07:00'));
  });

  it('skips weekends: Friday + 1 is Monday', () => {
    const due = addWorkingDays(at('2026-11-27T16:00:00+07:00'), 1, noHolidays);
    expect(due).toBe(at('2026-12-01T00:00:00+07:00'));
  });

  it('a report received on Saturday counts Monday as the first working day', () => {
    const due = addWorkingDays(at('2026-11-28T09:00:00+07:00'), 3, noHolidays);
    expect(jakartaDate(due - 1)).toBe('2026-12-02');
  });

  it('skips national holidays from date-holidays (17 Agustus 2026 is a Monday)', () => {
    const cal = indonesianCalendar([2026]);
    const due = addWorkingDays(at('2026-08-14T10:00:00+07:00'), 1, cal);
    expect(jakartaDate(due - 1)).toBe('2026-08-18');
  });

  it('skips admin-added cuti bersama dates', () => {
    const cal = indonesianCalendar([2026], { extra: ['2026-12-24'] });
    // Wed 23 Dec + 2: 24 (cuti bersama) and 25 (Natal) skipped, then weekend → Mon 28, Tue 29.
    const due = addWorkingDays(at('2026-12-23T10:00:00+07:00'), 2, cal);
    expect(jakartaDate(due - 1)).toBe('2026-12-29');
  });

  it('crosses the year end over the new-year holiday', () => {
    const cal = indonesianCalendar([2026, 2027]);
    // Thu 31 Dec 2026 + 3: Fri 1 Jan is a holiday, weekend, then Mon 4, Tue 5 (Maulid in the package
    // data for 2027-01-05 is a holiday too), Wed 6, Thu 7.
    const due = addWorkingDays(at('2026-12-31T10:00:00+07:00'), 3, cal);
    expect(jakartaDate(due - 1)).toBe('2027-01-07');
  });

  it('lets an admin remove a date the package gets wrong', () => {
    const cal = indonesianCalendar([2027], { removed: ['2027-01-05'] });
    expect(isWorkingDay(at('2027-01-05T10:00:00+07:00'), cal)).toBe(true);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(0, -1, noHolidays)).toThrow(RangeError);
    expect(() => addWorkingDays(0, 1.5, noHolidays)).toThrow(RangeError);
  });
});

describe('workingDaysBetween and workingTimeMs', () => {
  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween(at('2026-11-27T10:00:00+07:00'), at('2026-11-30T10:00:00+07:00'), noHolidays)).toBe(1);
    expect(workingDaysBetween(at('2026-11-30T10:00:00+07:00'), at('2026-11-27T10:00:00+07:00'), noHolidays)).toBe(0);
  });

  it('leaves out the weekend from working time', () => {
    const ms = workingTimeMs(at('2026-11-27T15:00:00+07:00'), at('2026-11-30T09:00:00+07:00'), noHolidays);
    expect(ms).toBe(18 * HOUR);
  });

  it('is zero for a span wholly inside a holiday', () => {
    const cal = indonesianCalendar([2026]);
    expect(workingTimeMs(at('2026-08-17T08:00:00+07:00'), at('2026-08-17T12:00:00+07:00'), cal)).toBe(0);
  });
});

describe('deadlineStanding', () => {
  const due = at('2026-11-27T00:00:00+07:00'); // end of Thursday 26 Nov
  it('says what is left', () => {
    expect(deadlineStanding(due, at('2026-11-24T09:00:00+07:00'), noHolidays)).toEqual({
      kind: 'remaining',
      workingDays: 2,
    });
    expect(deadlineStanding(due, at('2026-11-26T20:00:00+07:00'), noHolidays)).toEqual({
      kind: 'remaining',
      workingDays: 0,
    });
  });

  it('says how late, in working days, never overstating over a weekend', () => {
    expect(deadlineStanding(due, at('2026-11-27T09:00:00+07:00'), noHolidays)).toEqual({
      kind: 'overdue',
      workingDays: 1,
    });
    const fridayDue = at('2026-11-28T00:00:00+07:00');
    expect(deadlineStanding(fridayDue, at('2026-11-28T10:00:00+07:00'), noHolidays)).toEqual({
      kind: 'overdue',
      workingDays: 0,
    });
  });
});

describe('nationalHolidays', () => {
  it('lists a year of public holidays with their names, asking the package once per year', () => {
    const holidays = nationalHolidays(2026);
    expect(holidays).toContainEqual({ date: '2026-08-17', name: expect.any(String) as unknown });
    expect(holidays.every((h) => h.date.startsWith('2026-'))).toBe(true);
    expect(nationalHolidays(2026)).toBe(holidays);
  });
});
