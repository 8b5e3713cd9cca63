import type Database from 'better-sqlite3';
import { WIB_OFFSET_MS, deadlineStanding } from '../../../shared/calendar/workdays.ts';
import type { ComplaintDeadline, Status } from '../../../shared/index.ts';
import { calendarFor } from './calendar.ts';
import { stageFor } from './stage.ts';

/** '2026-11-27T00:00:00+07:00': the instant as Jakarta's clock shows it. */
export const jakartaIso = (ms: number): string =>
  `${new Date(ms + WIB_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;

export type DeadlineOf = (status: Status, dueMs: number | null) => ComplaintDeadline | null;

/**
 * Where the clocks of the rows being read stand at nowMs ("sisa 2 hari kerja"), with one calendar
 * for all of them: computed at read time, since the standing changes every day without any write.
 */
export function deadlineReader(
  db: Database.Database,
  nowMs: number,
  dues: readonly (number | null)[],
): DeadlineOf {
  const known = dues.filter((due) => due !== null);
  // No clock among the rows (a page of closed items): no calendar to build.
  if (known.length === 0) return () => null;
  const calendar = calendarFor(
    db,
    known.reduce((a, b) => Math.min(a, b), nowMs),
    known.reduce((a, b) => Math.max(a, b), nowMs),
  );
  return (status, dueMs) => {
    const stage = stageFor(status);
    if (stage === null || dueMs === null) return null;
    return { stage, dueAt: jakartaIso(dueMs), standing: deadlineStanding(dueMs, nowMs, calendar) };
  };
}
