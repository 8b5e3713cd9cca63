import type Database from 'better-sqlite3';
import { RejectReason, type DeskFigures } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';
import { piecesOf, type Span } from './period.ts';
import { hours, percentilesBy } from './percentile.ts';
import { talliesIn, total } from './tally.ts';

/**
 * A moderator's queue now: open items (a clock runs) assigned to them. Through the assignee index (few
 * items are assigned); '+' keeps the planner off the clock index, which holds every open item (10x slower
 * at 100k, and the planner's pick between the two otherwise hangs on the order the indexes were made).
 */
const QUEUES = `SELECT u.username AS actor, count(*) AS open FROM complaint c JOIN app_user u ON u.id = c.assignee_id
  WHERE c.assignee_id IS NOT NULL AND +c.due_ms IS NOT NULL GROUP BY u.username`;

const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

export function deskFigures(db: Database.Database, span: Span): DeskFigures {
  const t = talliesIn(db, ['received', 'decision', 'decided_by', 'rejected_for'], span);
  const wait = percentilesBy(db, 'verify_wait', piecesOf(span, 'month')).get('');
  const queues = new Map(
    prepared<[], { actor: string; open: number }>(db, QUEUES)
      .all()
      .map((r) => [r.actor, r.open]),
  );
  const decided = new Map([...t.groups('decided_by')].filter(([, n]) => n > 0));
  const actors = [...new Set([...decided.keys(), ...queues.keys()])].sort();
  return {
    received: total(t, 'received'),
    verified: t.of('decision', 'verify'),
    rejected: t.of('decision', 'reject'),
    verifyMedianHours: hours(wait?.p50),
    verifyP90Hours: hours(wait?.p90),
    rejectionReasons: [...t.groups('rejected_for')]
      .filter(([, count]) => count > 0)
      .sort(byCount)
      .map(([reason, count]) => ({ reason: RejectReason.parse(reason), count })),
    moderators: actors.map((actor) => ({
      actor,
      decisions: decided.get(actor) ?? 0,
      open: queues.get(actor) ?? 0,
    })),
  };
}
