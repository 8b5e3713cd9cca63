import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { ComplaintNote, ComplaintResponse, MergedReporter } from '../../../shared/index.ts';

type ResponseRecord = Omit<ComplaintResponse, 'isPublic' | 'evidence'> & {
  isPublic: 0 | 1;
  evidenceJson: string;
};

// Stored JSON goes back through a schema: a damaged row fails loudly instead of reaching the UI.
const Evidence = z.array(z.string());

/** Internal notes, oldest first. */
export const notesOf = (db: Database.Database, complaintId: string): ComplaintNote[] =>
  db
    .prepare<[string], ComplaintNote>(
      `SELECT id, text, actor, created_at AS createdAt FROM note WHERE complaint_id = ?
       ORDER BY created_at, rowid`,
    )
    .all(complaintId);

/** The dinas's follow-ups, oldest first. */
export const responsesOf = (db: Database.Database, complaintId: string): ComplaintResponse[] =>
  db
    .prepare<[string], ResponseRecord>(
      `SELECT id, text, responded_at AS respondedAt, is_public AS isPublic, evidence_json AS evidenceJson,
         dinas_id AS dinasId, actor, created_at AS createdAt
       FROM response WHERE complaint_id = ? ORDER BY created_at, rowid`,
    )
    .all(complaintId)
    .map(({ isPublic, evidenceJson, ...rest }) => ({
      ...rest,
      isPublic: isPublic === 1,
      evidence: Evidence.parse(JSON.parse(evidenceJson)),
    }));

/** Everyone whose report was merged into this master, in the order they reported. */
export const mergedReportersOf = (db: Database.Database, masterId: string): MergedReporter[] =>
  db
    .prepare<[string], MergedReporter>(
      `SELECT id AS complaintId, case_no AS caseNo, channel, author_handle AS authorHandle,
         author_name AS authorName, received_at AS receivedAt
       FROM complaint WHERE master_id = ? ORDER BY seq`,
    )
    .all(masterId);
