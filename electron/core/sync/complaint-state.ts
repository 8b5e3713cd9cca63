import type Database from 'better-sqlite3';
import {
  ComplaintState,
  GroupVersionsSchema,
  NEW_COMPLAINT_STATE,
  stateDiff,
  versionsAt,
  type GroupVersions,
} from '../../../shared/index.ts';
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

/*
 * complaint_base stores a state as the fields that differ from a new complaint's, and versions as the
 * groups past 0: most pulled items are new and untouched, and whole objects made this table bigger than
 * complaint itself (~350 bytes a row, a third of what a first sync writes). Rows written whole read the
 * same. NEW_COMPLAINT_STATE is thereby part of the stored format (tests/unit/sync/base-row.test.ts pins it).
 */
export const storedState = (state: ComplaintState): string =>
  JSON.stringify(stateDiff(NEW_COMPLAINT_STATE, state).after);

export const storedVersions = (versions: GroupVersions): string =>
  JSON.stringify(Object.fromEntries(Object.entries(versions).filter(([, v]) => v !== 0)));

// Stored JSON goes back through the schemas: a damaged row fails loudly instead of spreading.
export function readBase(db: Database.Database, id: string): Base | null {
  const row = prepared<[string], { stateJson: string; versionsJson: string; hubVersion: number }>(
    db,
    `SELECT state_json AS stateJson, versions_json AS versionsJson, hub_version AS hubVersion
     FROM complaint_base WHERE complaint_id = ?`,
  ).get(id);
  if (!row) return null;
  return {
    state: ComplaintState.parse({ ...NEW_COMPLAINT_STATE, ...asObject(JSON.parse(row.stateJson)) }),
    versions: GroupVersionsSchema.parse({ ...versionsAt(0), ...asObject(JSON.parse(row.versionsJson)) }),
    hubVersion: row.hubVersion,
  };
}

/** Spreading a damaged row's string or array would make up fields; the schemas then see it whole. */
const asObject = (json: unknown): object =>
  typeof json === 'object' && json !== null && !Array.isArray(json) ? json : { damaged: json };
