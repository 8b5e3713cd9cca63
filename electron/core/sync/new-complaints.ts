import type Database from 'better-sqlite3';
import { NEW_COMPLAINT_STATE, versionsAt, type SyncedComplaint } from '../../../shared/index.ts';
import { caseNumber, receiptYear } from '../complaints/case-number.ts';
import { insertComplaints, type NewComplaint } from '../complaints/insert.ts';
import { prepared } from '../db/statements.ts';
import type { UiRow } from './complaint-state.ts';

const asNew = (c: SyncedComplaint): NewComplaint => ({
  channel: c.channel,
  externalId: c.externalId,
  author: c.authorName === null ? { handle: c.authorHandle } : { handle: c.authorHandle, name: c.authorName },
  text: c.text,
  receivedAt: c.receivedAt,
  place: {
    ...(c.kecamatanId === null ? {} : { kecamatan: c.kecamatanId }),
    ...(c.kelurahan === null ? {} : { kelurahan: c.kelurahan }),
    ...(c.address === null ? {} : { address: c.address }),
    ...(c.lat === null ? {} : { lat: c.lat }),
    ...(c.lon === null ? {} : { lon: c.lon }),
  },
  media: c.media,
  identity: { id: c.id, caseNo: c.caseNo },
});

/**
 * Complaints this desk does not have under the hub's id. Operations name a complaint by the hub's id,
 * and people quote its case number, so new ones go in through the one fast insert path already under
 * that identity (written once). One this desk ingested itself before it was connected (same channel and
 * externalId, no base yet) takes the hub's identity instead. Returns the ids inserted new (not adopted).
 */
export function insertFromHub(db: Database.Database, complaints: readonly SyncedComplaint[]): Set<string> {
  if (complaints.length === 0) return new Set();
  const local = prepared<[string, string], number>(
    db,
    'SELECT 1 FROM complaint WHERE channel = ? AND external_id = ?',
  ).pluck();
  const ingestedHere = complaints.filter((c) => local.get(c.channel, c.externalId) !== undefined);
  const known = new Set(ingestedHere);
  const fresh = complaints.filter((c) => !known.has(c));
  insertComplaints(db, fresh.map(asNew), { isDemo: false });
  adoptHubIdentity(db, ingestedHere);
  countPastAdoptedNumbers(db, complaints);
  return new Set(fresh.map((c) => c.id));
}

/** The row insertFromHub wrote for a new complaint, as rebase reads it: new, on its receipt clock. */
export function insertedUiRow(c: SyncedComplaint): UiRow {
  const receivedMs = Date.parse(c.receivedAt);
  return { state: NEW_COMPLAINT_STATE, versions: versionsAt(0), receivedMs, startedMs: receivedMs };
}

/** Through a '~' number first: a hub number may still be held by another local row renumbered next. */
function adoptHubIdentity(db: Database.Database, complaints: readonly SyncedComplaint[]): void {
  const adopt = prepared(
    db,
    `UPDATE complaint SET id = ?, case_no = '~' || ? WHERE channel = ? AND external_id = ?
       AND NOT EXISTS (SELECT 1 FROM complaint_base b WHERE b.complaint_id = complaint.id)`,
  );
  const number = prepared(db, 'UPDATE complaint SET case_no = ? WHERE id = ?');
  for (const c of complaints) adopt.run(c.id, c.id, c.channel, c.externalId);
  for (const c of complaints) number.run(c.caseNo, c.id);
}

/**
 * The desk's own counter must stay above every number adopted from the hub, or an item ingested here
 * later would be numbered into one of them and hit the UNIQUE index. A page brings items by their last
 * change, so #16 (untouched) can come a page before #15 (edited since): the counter of each year is
 * raised past the highest number stored in it, not the page's. Zero-padded numbers of one year sort as
 * text, so the UNIQUE index answers this without a scan.
 */
function countPastAdoptedNumbers(db: Database.Database, complaints: readonly SyncedComplaint[]): void {
  const highest = prepared<[string, string], string>(
    db,
    'SELECT case_no FROM complaint WHERE case_no >= ? AND case_no < ? ORDER BY case_no DESC LIMIT 1',
  ).pluck();
  const raise = prepared(
    db,
    `INSERT INTO case_counter (year, last) VALUES (?, ?)
     ON CONFLICT (year) DO UPDATE SET last = max(last, excluded.last)`,
  );
  for (const year of new Set(complaints.map((c) => receiptYear(c.receivedAt)))) {
    const prefix = caseNumber(year, 0).replace(/\d+$/, '');
    const top = highest.get(prefix, `${prefix}:`); // ':' sorts right after the digits
    const last = top === undefined ? 0 : Number(top.slice(prefix.length));
    if (Number.isSafeInteger(last) && last > 0) raise.run(year, last);
  }
}
