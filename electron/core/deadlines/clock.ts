import type Database from 'better-sqlite3';
import { strictAssert, type ComplaintState, type Operation } from '../../../shared/index.ts';
import { dueCalculator } from './profiles.ts';
import { clockStart, restartsClock, stageFor } from './stage.ts';
import { prepared } from '../db/statements.ts';

/**
 * Keeps a complaint's clock in step with an operation, inside the operation's transaction: a new stage
 * (or a new disposition or response) starts a new clock; a new category keeps the start and takes the
 * category's own deadline; a closed item has none.
 */
export function updateClock(
  db: Database.Database,
  complaintId: string,
  before: ComplaintState,
  after: ComplaintState,
  op: Operation,
  atMs: number,
): void {
  const stage = stageFor(after.status);
  const restarts = stage !== stageFor(before.status) || restartsClock(op);
  if (!restarts && before.categoryId === after.categoryId) return;
  const set = prepared(db, 'UPDATE complaint SET stage_started_ms = ?, due_ms = ? WHERE id = ?');
  if (stage === null) {
    set.run(null, null, complaintId);
    return;
  }
  const row = prepared<[string], { receivedMs: number; startedMs: number | null }>(
    db,
    'SELECT received_ms AS receivedMs, stage_started_ms AS startedMs FROM complaint WHERE id = ?',
  ).get(complaintId);
  strictAssert(row, 'the complaint being changed exists');
  const startMs =
    restarts || row.startedMs === null ? clockStart(stage, op, atMs, row.receivedMs) : row.startedMs;
  const dueOf = dueCalculator(db, startMs, startMs);
  set.run(startMs, dueOf(after.categoryId, stage, startMs), complaintId);
}
