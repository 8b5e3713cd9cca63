import type Database from 'better-sqlite3';
import { strictAssert, type AuditValues } from '../../../shared/index.ts';
import { CHAINED_COLUMNS, GENESIS_HASH, chainHash, type ChainedRow } from './chain.ts';
import { prepared } from '../db/statements.ts';

/** What an event is about: a complaint, or something else (a user, a session, a setting). */
export type AuditSubject = { complaintId: string } | { entityType: string; entityId: string | null };

export type NewAuditEvent = AuditSubject & {
  at: string;
  actor: string;
  device: string;
  operation: string;
  /** The outbox operation that made the change, when there is one. */
  opId?: string | null;
  /** Only the fields that changed; never a password, token or other secret. */
  before: AuditValues;
  after: AuditValues;
  /** Why: the reason or note the person gave. */
  note: string | null;
};

const STORED_COLUMNS = [...CHAINED_COLUMNS, 'hash'] as const;
type StoredRow = ChainedRow & { hash: string };

/** The largest multi-row INSERT; smaller ones halve down to 1, so at most 7 statements are ever made. */
const MOST_ROWS = 64;
const insertOf = (rows: number): string =>
  `INSERT INTO audit_event (${STORED_COLUMNS.join(', ')}) VALUES ${Array.from(
    { length: rows },
    () => `(${STORED_COLUMNS.map(() => '?').join(', ')})`,
  ).join(', ')}`;
const INSERTS = new Map<number, string>();
for (let rows = MOST_ROWS; rows >= 1; rows /= 2) INSERTS.set(rows, insertOf(rows));

/**
 * Writes rows in id order, as many per statement as fit: the table's insert trigger makes each statement
 * keep a journal of the pages it writes, which costs more than a row does.
 */
function insertRows(db: Database.Database, rows: readonly StoredRow[]): void {
  let at = 0;
  for (const [size, sql] of INSERTS) {
    const insert = prepared(db, sql);
    for (; rows.length - at >= size; at += size) {
      const values: StoredRow[keyof StoredRow][] = [];
      for (const row of rows.slice(at, at + size))
        for (const column of STORED_COLUMNS) values.push(row[column]);
      insert.run(values);
    }
  }
}

const subjectColumns = (event: AuditSubject) =>
  'complaintId' in event
    ? { complaint_id: event.complaintId, entity_type: null, entity_id: null }
    : { complaint_id: null, entity_type: event.entityType, entity_id: event.entityId };

/** Appends events to the hash chain within one transaction. */
export type AuditWriter = { append(event: NewAuditEvent): number };

/** An AuditWriter whose events are chained at once but stored by `flush` (all of them, in order). */
export type AuditBatch = AuditWriter & { flush(): void };

/**
 * An audit writer for the caller's write transaction. The last link is read once, when the writer is
 * made, and carried in memory from then on (a bulk action appends thousands of events in one
 * transaction): every event of the transaction must go through this writer, and be flushed before
 * anything reads them and before the transaction ends. Reading the last link in the transaction that
 * writes means two writers can never both extend the same link (the table's insert trigger refuses it as
 * well). A caller whose transaction starts here should use `.immediate()` to take the write lock up front.
 */
export function auditBatch(db: Database.Database): AuditBatch {
  strictAssert(db.inTransaction, 'an audit event is written in the transaction of the change it records');
  const last = prepared<[], { id: number; hash: string }>(
    db,
    'SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1',
  ).get();
  let tail = { id: last?.id ?? 0, hash: last?.hash ?? GENESIS_HASH };
  const pending: StoredRow[] = [];
  return {
    append(event) {
      strictAssert(db.inTransaction, 'an audit event is written in the transaction of the change it records');
      const row: ChainedRow = {
        id: tail.id + 1,
        // Always UTC in one form, so the log's date filters can compare the text.
        at: new Date(event.at).toISOString(),
        actor: event.actor,
        device: event.device,
        operation: event.operation,
        ...subjectColumns(event),
        op_id: event.opId ?? null,
        before_json: JSON.stringify(event.before),
        after_json: JSON.stringify(event.after),
        note: event.note,
        prev_hash: tail.hash,
      };
      const hash = chainHash(row);
      pending.push({ ...row, hash });
      tail = { id: row.id, hash };
      return row.id;
    },
    flush() {
      strictAssert(db.inTransaction, 'audit events are stored in the transaction that chained them');
      insertRows(db, pending);
      pending.length = 0;
    },
  };
}

/** An audit writer that stores each event as it is appended (see auditBatch). */
export function auditWriter(db: Database.Database): AuditWriter {
  const batch = auditBatch(db);
  return {
    append(event) {
      const id = batch.append(event);
      batch.flush();
      return id;
    },
  };
}

/** Appends one event to the hash chain, inside the transaction of the change; returns its id. */
export function appendAuditEvent(db: Database.Database, event: NewAuditEvent): number {
  return auditWriter(db).append(event);
}
