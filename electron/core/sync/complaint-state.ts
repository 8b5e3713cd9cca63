import type Database from 'better-sqlite3';
import { ComplaintState, GroupVersionsSchema, type GroupVersions } from '../../../shared/index.ts';
import { readCurrent } from '../complaints/current.ts';
import { prepared } from '../db/statements.ts';

export type UiRow = {
  state: ComplaintState;
  versions: GroupVersions;
  receivedMs: number;
  startedMs: number | null;
};

/** The complaint row the UI reads, as state and versions (what rebase compares and rewrites). */
export function readUiRow(db: Database.Database, id: string): UiRow | null {
  const current = readCurrent(db, id);
  if (current === undefined) return null;
  const { before, readSet, receivedMs, startedMs } = current;
  return { state: before, versions: readSet, receivedMs, startedMs };
}

export type Base = { state: ComplaintState; versions: GroupVersions; hubVersion: number };

// Stored JSON goes back through the schemas: a damaged row fails loudly instead of spreading.
export function readBase(db: Database.Database, id: string): Base | null {
  const row = prepared<[string], { stateJson: string; versionsJson: string; hubVersion: number }>(
    db,
    `SELECT state_json AS stateJson, versions_json AS versionsJson, hub_version AS hubVersion
     FROM complaint_base WHERE complaint_id = ?`,
  ).get(id);
  if (!row) return null;
  return {
    state: ComplaintState.parse(JSON.parse(row.stateJson)),
    versions: GroupVersionsSchema.parse(JSON.parse(row.versionsJson)),
    hubVersion: row.hubVersion,
  };
}
