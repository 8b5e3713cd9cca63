import type { ComplaintState, Operation } from '../../../shared/index.ts';
import type { DueOf } from './profiles.ts';
import { clockStart, restartsClock, stageFor } from './stage.ts';

/** complaint.stage_started_ms and due_ms: both null when no clock runs. */
export type ClockColumns = { startedMs: number | null; dueMs: number | null };

/** What the clock needs from the stored row. */
export type StoredClock = { receivedMs: number; startedMs: number | null };

/**
 * The complaint's clock after an operation, or undefined when it stays as it is: a new stage (or a new
 * disposition or response) starts a new clock; a new category keeps the start and takes the category's
 * own deadline; a closed item has none. The caller writes it with the operation's other changes.
 */
export function nextClock(
  before: ComplaintState,
  after: ComplaintState,
  op: Operation,
  atMs: number,
  stored: StoredClock,
  dueOf: DueOf,
): ClockColumns | undefined {
  const stage = stageFor(after.status);
  const restarts = stage !== stageFor(before.status) || restartsClock(op);
  if (!restarts && before.categoryId === after.categoryId) return undefined;
  if (stage === null) return { startedMs: null, dueMs: null };
  const startMs =
    restarts || stored.startedMs === null
      ? clockStart(stage, op, atMs, stored.receivedMs)
      : stored.startedMs;
  return { startedMs: startMs, dueMs: dueOf(after.categoryId, stage, startMs) };
}
