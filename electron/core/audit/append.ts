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

const INSERT = `INSERT INTO audit_event (${CHAINED_COLUMNS.join(', ')}, hash)
  VALUES (${CHAINED_COLUMNS.map((column) => `@${column}`).join(', ')}, @hash)`;

const subjectColumns = (event: AuditSubject) =>
  'complaintId' in event
    ? { complaint_id: event.complaintId, entity_type: null, entity_id: null }
    : { complaint_id: null, entity_type: event.entityType, entity_id: event.entityId };

/**
 * Appends one event to the hash chain and returns its id. It must run inside the caller's write
 * transaction: the last hash it reads and the row it adds then belong to the same snapshot, so two
 * writers can never both extend the same link (the table's insert trigger refuses it as well). A caller
 * whose transaction starts with this call should use `.immediate()` to take the write lock up front.
 */
export function appendAuditEvent(db: Database.Database, event: NewAuditEvent): number {
  strictAssert(db.inTransaction, 'an audit event is written in the transaction of the change it records');
  const last = prepared<[], { id: number; hash: string }>(
    db,
    'SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1',
  ).get();
  const row: ChainedRow = {
    id: (last?.id ?? 0) + 1,
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
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  prepared(db, INSERT).run({ ...row, hash: chainHash(row) });
  return row.id;
}
