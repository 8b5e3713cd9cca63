import { v7 as uuid7 } from 'uuid';
import type Database from 'better-sqlite3';
import { caseNumber, receiptYear } from '../../../electron/core/complaints/case-number.ts';
import { prepared } from '../../../electron/core/db/statements.ts';
import {
  NEW_COMPLAINT_STATE,
  versionsAt,
  type SyncedComplaint,
  type SyncedEvent,
} from '../../../shared/index.ts';
import type { IngestDraft, IngestStored } from '../types.ts';
import type { Stamp } from './db.ts';

const NO_VERSIONS = versionsAt(0);

/**
 * New items in one transaction, numbered in received order within their year of receipt (as the desktop
 * does). An item whose (channel, externalId) is stored answers with the stored id.
 */
export function ingest(db: Database.Database, stamp: Stamp, drafts: readonly IngestDraft[]): IngestStored[] {
  const existing = prepared<[string, string], string>(
    db,
    'SELECT id FROM complaint WHERE channel = ? AND external_id = ?',
  ).pluck();
  const counter = prepared<[number], number>(db, 'SELECT last FROM case_counter WHERE year = ?').pluck();
  const saveCounter = prepared(
    db,
    'INSERT INTO case_counter (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last = excluded.last',
  );
  const results = new Array<IngestStored>(drafts.length);
  const order = drafts
    .map((draft, index) => ({ draft, index, ms: Date.parse(draft.item.receivedAt) }))
    .sort((a, b) => a.ms - b.ms || a.index - b.index);
  const counters = new Map<number, number>();
  for (const { draft, index, ms } of order) {
    const { item } = draft;
    const known = existing.get(item.channel, item.externalId);
    if (known !== undefined) {
      results[index] = { status: 'duplicate', id: known };
      continue;
    }
    const year = receiptYear(item.receivedAt);
    const seq = (counters.get(year) ?? counter.get(year) ?? 0) + 1;
    counters.set(year, seq);
    const doc: SyncedComplaint = {
      // Time-ordered by receipt, as on the desk: a first sync then appends to every index keyed by id
      // instead of touching a random page per complaint (the cost grew with the desk's size).
      id: uuid7({ msecs: ms }),
      caseNo: caseNumber(year, seq),
      channel: item.channel,
      externalId: item.externalId,
      authorHandle: item.author.handle,
      authorName: item.author.name ?? null,
      text: item.text,
      receivedAt: item.receivedAt,
      kecamatanId: draft.kecamatanId,
      kelurahan: item.place?.kelurahan ?? null,
      address: item.place?.address ?? null,
      lat: item.place?.lat ?? null,
      lon: item.place?.lon ?? null,
      media: item.media ?? [],
      state: NEW_COMPLAINT_STATE,
      versions: NO_VERSIONS,
      needsReview: false,
      version: stamp(),
    };
    insertComplaint(db, doc);
    results[index] = { status: 'accepted', id: doc.id };
  }
  for (const [year, last] of counters) saveCounter.run(year, last);
  return results;
}

function insertComplaint(db: Database.Database, doc: SyncedComplaint): void {
  prepared(
    db,
    `INSERT INTO complaint (id, case_no, channel, external_id, received_at, status, dinas_id, needs_review, doc,
       version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    doc.id,
    doc.caseNo,
    doc.channel,
    doc.externalId,
    doc.receivedAt,
    doc.state.status,
    doc.state.dinasId,
    doc.needsReview ? 1 : 0,
    JSON.stringify(doc),
    doc.version,
  );
}

/** The stored row as desktops pull it; its state is what the reducer works on. */
export function readComplaint(db: Database.Database, id: string): SyncedComplaint | null {
  const json = prepared<[string], string>(db, 'SELECT doc FROM complaint WHERE id = ?').pluck().get(id);
  return json === undefined ? null : (JSON.parse(json) as SyncedComplaint);
}

export const complaintExists = (db: Database.Database, id: string): boolean =>
  prepared<[string], number>(db, 'SELECT 1 FROM complaint WHERE id = ?').pluck().get(id) !== undefined;

export function updateComplaint(db: Database.Database, doc: SyncedComplaint): void {
  prepared(
    db,
    'UPDATE complaint SET status = ?, dinas_id = ?, needs_review = ?, doc = ?, version = ? WHERE id = ?',
  ).run(
    doc.state.status,
    doc.state.dinasId,
    doc.needsReview ? 1 : 0,
    JSON.stringify(doc),
    doc.version,
    doc.id,
  );
}

export function insertEvent(db: Database.Database, version: number, event: Omit<SyncedEvent, 'id'>): void {
  prepared(
    db,
    `INSERT INTO complaint_event (complaint_id, op_id, at, actor, device, operation, before_json, after_json,
       note, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    event.complaintId,
    event.opId,
    event.at,
    event.actor,
    event.device,
    event.operation,
    JSON.stringify(event.before),
    JSON.stringify(event.after),
    event.note,
    version,
  );
}

type LastChange = { opId: string | null; actor: string; at: string; operation: string };

/** Who last changed any of these fields on the item (the "current" side of a conflict). */
export function lastChangeOf(
  db: Database.Database,
  complaintId: string,
  fields: readonly string[],
): LastChange | null {
  const rows = prepared<[string], LastChange & { after: string }>(
    db,
    `SELECT op_id AS opId, actor, at, operation, after_json AS after FROM complaint_event
     WHERE complaint_id = ? ORDER BY id DESC`,
  ).iterate(complaintId);
  for (const { after, ...change } of rows) {
    if (fields.some((f) => f in (JSON.parse(after) as object))) return change;
  }
  return null;
}
