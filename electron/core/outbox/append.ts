import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { strictAssert, type GroupVersions, type Operation } from '../../../shared/index.ts';
import type { Who } from '../complaints/effects.ts';
import { prepared } from '../db/statements.ts';

/**
 * Appends an operation to the outbox; call it inside the transaction that applies the operation. The
 * opId is made here, once, and never regenerated; clientSeq is gapless (kept in sync_state, so pruning
 * acknowledged rows later cannot reuse a number). Returns the opId.
 */
export function appendToOutbox(
  db: Database.Database,
  complaintId: string,
  op: Operation,
  readSet: GroupVersions,
  who: Who,
): string {
  strictAssert(db.inTransaction, 'the outbox is written with the change it records');
  const last = prepared<[], string>(db, "SELECT value FROM sync_state WHERE key = 'last_client_seq'")
    .pluck()
    .get();
  const clientSeq = Number(last ?? 0) + 1;
  const opId = randomUUID();
  prepared(
    db,
    `INSERT INTO outbox (client_seq, op_id, name, complaint_id, args_json, read_set_json, actor, device, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    clientSeq,
    opId,
    op.name,
    complaintId,
    JSON.stringify(op.args),
    JSON.stringify(readSet),
    who.actor,
    who.device,
    who.at,
  );
  prepared(db, "UPDATE sync_state SET value = ? WHERE key = 'last_client_seq'").run(String(clientSeq));
  return opId;
}
