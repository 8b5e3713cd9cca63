import type Database from 'better-sqlite3';
import { strictAssert, type Status } from '../../../shared/index.ts';
import type { SqlValue } from '../complaints/where.ts';
import { remeasureReports, type RulesChange } from '../reports/remeasure.ts';
import { dueCalculator } from './profiles.ts';
import { stageFor } from './stage.ts';

type Clock = { seq: number; status: Status; categoryId: string | null; startedMs: number; dueMs: number };

/**
 * After a settings change, gives the open complaints matching `where` (a fixed fragment over
 * `complaint c`; values are bound) the due time the new settings say, keeping each clock's start.
 * Returns how many due times moved. The caller's transaction holds this and the change together.
 * A due time is derived data, not a person's decision: no operation, outbox row or event per item.
 * `rules` says what changed, so the report measures again only what that can move.
 */
export function recomputeDue(
  db: Database.Database,
  where: string,
  params: readonly SqlValue[],
  rules: RulesChange = { kind: 'all' },
): number {
  strictAssert(db.inTransaction, 'due times move in the transaction of the settings change');
  // The report's working durations and due times follow the same rules.
  remeasureReports(db, rules);
  const clocks = db
    .prepare<SqlValue[], Clock>(
      `SELECT c.seq, c.status, c.category_id AS categoryId, c.stage_started_ms AS startedMs, c.due_ms AS dueMs
       FROM complaint c WHERE c.due_ms IS NOT NULL AND ${where}`,
    )
    .all(...params);
  if (clocks.length === 0) return 0;
  let first = Infinity;
  let last = -Infinity;
  for (const c of clocks) {
    first = Math.min(first, c.startedMs);
    last = Math.max(last, c.startedMs);
  }
  const dueOf = dueCalculator(db, first, last);
  const update = db.prepare('UPDATE complaint SET due_ms = ? WHERE seq = ?');
  let moved = 0;
  for (const c of clocks) {
    const stage = stageFor(c.status);
    strictAssert(stage, `a complaint in status ${c.status} has no clock, yet a due time`);
    const due = dueOf(c.categoryId, stage, c.startedMs);
    if (due === c.dueMs) continue;
    update.run(due, c.seq);
    moved += 1;
  }
  return moved;
}
