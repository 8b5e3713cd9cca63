import type Database from 'better-sqlite3';
import { jakartaDate } from '../../../shared/calendar/workdays.ts';
import {
  OPEN_STATUSES,
  WITH_DINAS_STATUSES,
  type OperationName,
  type QueueSummary,
  type Role,
} from '../../../shared/index.ts';
import { filterConditions, type SqlValue } from '../complaints/where.ts';
import { jakartaIso } from '../deadlines/read.ts';

/** What counts as a decision in "decided today": the desk's judgement and its disposition. */
const DECISIONS = [
  'verify',
  'hold',
  'reject',
  'mark_not_authority',
  'merge_duplicate',
  'archive',
  'dispose',
] as const satisfies readonly OperationName[];

/** Whose queues the supervisor watches. */
const QUEUE_ROLES = ['moderator', 'supervisor'] as const satisfies readonly Role[];

const marks = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

type DinasRecord = {
  dinasId: string;
  open: number;
  overdue: number;
  oldestMs: number | null;
  oldestId: string | null;
};

/*
 * The conditions come from the inbox's own filter builder, with the filters of queueFilters (shared/api/
 * queue.ts) less the grouped column: a figure and the list its drill-down opens cannot disagree.
 */
function dinasQueues(db: Database.Database): QueueSummary['dinas'] {
  const open = filterConditions({ status: [...WITH_DINAS_STATUSES] }, 'c.seq');
  const overdue = filterConditions({ overdue: true }, 'c.seq');
  // One min() aggregate: SQLite then takes the bare c.id from the row holding that minimum.
  const rows = db
    .prepare<SqlValue[], DinasRecord>(
      `SELECT d.id AS dinasId, count(c.id) AS open,
         coalesce(sum(CASE WHEN ${overdue.sql} THEN 1 ELSE 0 END), 0) AS overdue,
         min(coalesce(c.stage_started_ms, c.received_ms)) AS oldestMs, c.id AS oldestId
       FROM dinas d LEFT JOIN complaint c ON c.dinas_id = d.id AND ${open.sql}
       GROUP BY d.id ORDER BY d.position`,
    )
    .all(...overdue.params, ...open.params);
  return rows.map(({ dinasId, open: openCount, overdue: late, oldestMs, oldestId }) => ({
    dinasId,
    open: openCount,
    overdue: late,
    oldest: oldestMs === null || oldestId === null ? null : { id: oldestId, since: jakartaIso(oldestMs) },
  }));
}

/** Midnight WIB of the day nowMs falls on, as the audit log stores times (UTC ISO text). */
const startOfDayIso = (nowMs: number): string =>
  new Date(Date.parse(`${jakartaDate(nowMs)}T00:00:00+07:00`)).toISOString();

function moderatorQueues(db: Database.Database, nowMs: number): QueueSummary['moderators'] {
  const open = filterConditions({ status: [...OPEN_STATUSES] }, 'c.seq');
  const overdue = filterConditions({ overdue: true }, 'c.seq');
  return db
    .prepare<SqlValue[], QueueSummary['moderators'][number]>(
      `SELECT u.id AS userId, u.username, u.display_name AS displayName, count(c.id) AS assigned,
         coalesce(sum(CASE WHEN ${overdue.sql} THEN 1 ELSE 0 END), 0) AS overdue,
         coalesce(max(t.decided), 0) AS decidedToday
       FROM app_user u
       LEFT JOIN complaint c ON c.assignee_id = u.id AND ${open.sql}
       LEFT JOIN (SELECT actor, count(*) AS decided FROM audit_event
                  WHERE at >= ? AND complaint_id IS NOT NULL AND operation IN (${marks(DECISIONS)})
                  GROUP BY actor) t ON t.actor = u.username
       WHERE u.active = 1 AND u.role IN (${marks(QUEUE_ROLES)})
       GROUP BY u.id ORDER BY u.display_name, u.username`,
    )
    .all(...overdue.params, ...open.params, startOfDayIso(nowMs), ...DECISIONS, ...QUEUE_ROLES);
}

/**
 * The supervisor's queue: per dinas the open items, how many are overdue and the longest waiting one;
 * per moderator the open items assigned, how many overdue and the decisions made today. Counted in SQL.
 */
export function queueSummary(db: Database.Database, nowMs: number): QueueSummary {
  return {
    asOf: jakartaIso(nowMs),
    dinas: dinasQueues(db),
    moderators: moderatorQueues(db, nowMs),
  };
}
