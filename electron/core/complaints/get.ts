import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ComplaintState, type ComplaintDetail, type ComplaintEvent } from '../../../shared/index.ts';
import { deadlineReader } from '../deadlines/read.ts';
import { publicText } from '../wordlists/profanity.ts';
import { mergedReportersOf, notesOf, responsesOf } from './case-file.ts';
import { ROW_COLUMNS, toComplaintRow, type ComplaintRecord } from './record.ts';
import { EVERYTHING, inScope, type Scope } from './scope.ts';

type DetailRecord = ComplaintRecord & {
  externalId: string;
  kelurahan: string | null;
  address: string | null;
  lat: number | null;
  lon: number | null;
  mediaJson: string;
};

type EventRecord = Omit<ComplaintEvent, 'before' | 'after'> & { beforeJson: string; afterJson: string };

// Stored JSON is parsed back through the schemas: a damaged row fails loudly instead of reaching the UI.
const PartialState = ComplaintState.partial();
const Media = z.array(z.string());

/** One complaint with its audit trail (oldest first, newest last), or null when there is none in scope. */
export function getComplaint(
  db: Database.Database,
  id: string,
  scope: Scope = EVERYTHING,
): ComplaintDetail | null {
  const record = db
    .prepare<[string], DetailRecord>(
      `SELECT ${ROW_COLUMNS}, c.external_id AS externalId, c.kelurahan, c.address, c.lat, c.lon,
         c.media_json AS mediaJson
       FROM complaint c WHERE c.id = ?`,
    )
    .get(id);
  if (!record || !inScope(scope, record.dinasId)) return null;
  const events = db
    .prepare<[string], EventRecord>(
      `SELECT id, at, actor, device, operation, before_json AS beforeJson, after_json AS afterJson, note
       FROM audit_event WHERE complaint_id = ? ORDER BY id`,
    )
    .all(id);
  const { externalId, kelurahan, address, lat, lon, mediaJson, ...row } = record;
  return {
    ...toComplaintRow(row, deadlineReader(db, Date.now(), [row.dueMs])),
    externalId,
    kelurahan,
    address,
    lat,
    lon,
    media: Media.parse(JSON.parse(mediaJson)),
    events: events.map(({ beforeJson, afterJson, ...event }) => ({
      ...event,
      before: PartialState.parse(JSON.parse(beforeJson)),
      after: PartialState.parse(JSON.parse(afterJson)),
    })),
    publicText: publicText(row.text),
    notes: notesOf(db, id),
    responses: responsesOf(db, id),
    mergedReporters: mergedReportersOf(db, id),
  };
}
