import type Database from 'better-sqlite3';
import { GROUP_NAMES, stateDiff, type ComplaintState } from '../../../shared/index.ts';
import { writeChanges } from '../complaints/write-changes.ts';
import { dueCalculator } from '../deadlines/profiles.ts';
import { stageFor } from '../deadlines/stage.ts';
import { prepared } from '../db/statements.ts';
import { readBase, readUiRow, type Base, type UiRow } from './complaint-state.ts';
import { opsToReplay } from './outbox.ts';
import { replay } from './replay.ts';
import { readCursor } from './state.ts';

export type Rebased = { before: Partial<ComplaintState>; after: Partial<ComplaintState> };

/**
 * Rewrites the complaint row the UI reads as the hub's copy with this desk's unacknowledged operations
 * replayed on top, so pulled changes never silently overwrite local work. Only changed columns are
 * written. Returns what changed (null when nothing did, or the complaint has no base yet). `atMs`
 * starts a clock when the rebase moves the item into another stage.
 */
export function rebase(
  db: Database.Database,
  complaintId: string,
  atMs: number,
  // A pull passes the base it has just written (and validated): no read and parse back per item; and
  // for a complaint it has just inserted, the row it wrote.
  base: Base | null = readBase(db, complaintId),
  ui: UiRow | null = readUiRow(db, complaintId),
): Rebased | null {
  if (!base || !ui) return null;
  const shownUpTo = Math.max(base.hubVersion, readCursor(db));
  const next = replay(base.state, base.versions, opsToReplay(db, complaintId, shownUpTo));
  const diff = stateDiff(ui.state, next.state);
  const versionsMoved = GROUP_NAMES.some((g) => ui.versions[g] !== next.versions[g]);
  if (Object.keys(diff.after).length === 0 && !versionsMoved) return null;
  writeChanges(db, complaintId, diff.after, ui.versions, next.versions, new Date(atMs).toISOString());
  keepClock(db, complaintId, ui, next.state, atMs);
  return Object.keys(diff.after).length === 0 ? null : diff;
}

/**
 * The deadline clock follows the rebased state: none when closed, a fresh one when the stage changed (the
 * desk's own clock still counts from receipt), the same start with a new category's deadline otherwise.
 */
function keepClock(db: Database.Database, id: string, ui: UiRow, after: ComplaintState, atMs: number): void {
  const stage = stageFor(after.status);
  const stageBefore = stageFor(ui.state.status);
  if (stage === stageBefore && ui.state.categoryId === after.categoryId) return;
  const set = prepared(db, 'UPDATE complaint SET stage_started_ms = ?, due_ms = ? WHERE id = ?');
  if (stage === null) {
    set.run(null, null, id);
    return;
  }
  const restart = stage !== stageBefore || ui.startedMs === null;
  const startMs = !restart ? (ui.startedMs ?? atMs) : stage === 'verifikasi' ? ui.receivedMs : atMs;
  set.run(startMs, dueCalculator(db, startMs, startMs)(after.categoryId, stage, startMs), id);
}
