import type Database from 'better-sqlite3';
import type { PullResponse } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';
import { appendHubEvents } from './hub-events.ts';
import { applyMaster } from './master.ts';
import { insertFromHub, insertedUiRow } from './new-complaints.ts';
import { storedState, storedVersions } from './complaint-state.ts';
import { rebase } from './rebase.ts';
import { writeKey } from './state.ts';

const exists = (db: Database.Database, id: string): boolean =>
  prepared<[string], number>(db, 'SELECT 1 FROM complaint WHERE id = ?').pluck().get(id) !== undefined;

/**
 * One pulled page, applied whole inside the caller's transaction together with the cursor advance, so a
 * crash mid-page leaves the page unapplied and it is pulled again. Returns how many complaints it
 * brought. Rows about a complaint this desk does not have are left for a later pull (the hub sends a
 * complaint with every change to it, so that does not happen with a sound hub).
 */
export function applyPage(db: Database.Database, page: PullResponse, atMs: number): number {
  const at = new Date(atMs).toISOString();
  if (page.master !== null) applyMaster(db, page.master, at);
  const inserted = insertFromHub(
    db,
    page.complaints.filter((c) => !exists(db, c.id)),
  );
  const saveBase = prepared(
    db,
    `INSERT INTO complaint_base (complaint_id, state_json, versions_json, needs_review, hub_version)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (complaint_id) DO UPDATE SET state_json = excluded.state_json,
       versions_json = excluded.versions_json, needs_review = excluded.needs_review,
       hub_version = excluded.hub_version`,
  );
  const stored = page.complaints.map((c) => {
    const state = storedState(c.state);
    const versions = storedVersions(c.versions);
    saveBase.run(c.id, state, versions, c.needsReview ? 1 : 0, c.version);
    return { c, untouched: state === '{}' && versions === '{}' };
  });
  writeNotesAndResponses(db, page);
  appendHubEvents(db, page.events);
  writeConflicts(db, page);
  // First: the rebase replays only what the base rows do not show, and they now show up to this cursor.
  writeKey(db, 'cursor', String(page.cursor));
  for (const { c, untouched } of stored) {
    const fresh = inserted.has(c.id);
    // Just inserted, nothing local can name it yet; untouched on the hub, the new row is its state already.
    if (fresh && untouched) continue;
    const base = { state: c.state, versions: c.versions, hubVersion: c.version };
    rebase(db, c.id, atMs, base, fresh ? insertedUiRow(c) : undefined);
  }
  writeKey(db, 'hub_last_client_seq', String(page.lastClientSeq));
  return page.complaints.length;
}

/** Append-only, ids made where they were written: a re-pull changes nothing but a response's flag. */
function writeNotesAndResponses(db: Database.Database, page: PullResponse): void {
  const note = prepared(
    db,
    `INSERT INTO note (id, complaint_id, text, actor, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  );
  for (const n of page.notes) {
    if (exists(db, n.complaintId)) note.run(n.id, n.complaintId, n.text, n.actor, n.createdAt);
  }
  const response = prepared(
    db,
    `INSERT INTO response (id, complaint_id, text, responded_at, is_public, evidence_json, dinas_id, actor,
       created_at, needs_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET needs_review = excluded.needs_review`,
  );
  for (const r of page.responses) {
    if (!exists(db, r.complaintId)) continue;
    const dinasKnown = r.dinasId === null || prepared(db, 'SELECT 1 FROM dinas WHERE id = ?').get(r.dinasId);
    response.run(
      r.id,
      r.complaintId,
      r.text,
      r.respondedAt,
      r.isPublic ? 1 : 0,
      JSON.stringify(r.evidence),
      dinasKnown ? r.dinasId : null,
      r.actor,
      r.createdAt,
      r.needsReview ? 1 : 0,
    );
  }
}

function writeConflicts(db: Database.Database, page: PullResponse): void {
  const save = prepared(
    db,
    `INSERT INTO conflict (id, complaint_id, status, created_at, body_json) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, body_json = excluded.body_json`,
  );
  for (const c of page.conflicts) save.run(c.id, c.complaintId, c.status, c.createdAt, JSON.stringify(c));
}
