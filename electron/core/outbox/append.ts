import type Database from 'better-sqlite3';
import { strictAssert, type GroupVersions, type Operation } from '../../../shared/index.ts';
import type { Who } from '../complaints/effects.ts';
import { prepared } from '../db/statements.ts';
import { uuid7 } from '../db/uuid7.ts';

const LAST_SEQ_KEY = 'last_client_seq';

/** Appends operations to the outbox within one transaction; `save` stores the counter before it ends. */
export type OutboxWriter = {
  /** Returns the opId, made here once and never regenerated. */
  append(complaintId: string, op: Operation, readSet: GroupVersions, who: Who): string;
  save(): void;
};

/**
 * An outbox writer for the caller's transaction. clientSeq is gapless and kept in sync_state, so pruning
 * acknowledged rows later cannot reuse a number; it is read once and carried in memory (a bulk action
 * writes thousands of rows in one transaction), so nothing else may append before `save`.
 */
export function outboxWriter(db: Database.Database): OutboxWriter {
  strictAssert(db.inTransaction, 'the outbox is written with the change it records');
  const stored = prepared<[string], string>(db, 'SELECT value FROM sync_state WHERE key = ?')
    .pluck()
    .get(LAST_SEQ_KEY);
  const first = Number(stored ?? 0);
  let clientSeq = first;
  const insert = prepared(
    db,
    `INSERT INTO outbox (client_seq, op_id, name, complaint_id, args_json, read_set_json, actor, device, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    append(complaintId, op, readSet, who) {
      strictAssert(db.inTransaction, 'the outbox is written with the change it records');
      // Time-ordered: the op_id indexes grow at their end (see uuid7).
      const opId = uuid7(Date.now());
      insert.run(
        clientSeq + 1,
        opId,
        op.name,
        complaintId,
        JSON.stringify(op.args),
        JSON.stringify(readSet),
        who.actor,
        who.device,
        who.at,
      );
      clientSeq += 1;
      return opId;
    },
    save() {
      strictAssert(db.inTransaction, 'the outbox counter is saved in the transaction that used it');
      if (clientSeq === first) return;
      prepared(db, 'UPDATE sync_state SET value = ? WHERE key = ?').run(String(clientSeq), LAST_SEQ_KEY);
    },
  };
}

/** Appends one operation to the outbox; call it inside the transaction that applies it. Returns the opId. */
export function appendToOutbox(
  db: Database.Database,
  complaintId: string,
  op: Operation,
  readSet: GroupVersions,
  who: Who,
): string {
  const writer = outboxWriter(db);
  const opId = writer.append(complaintId, op, readSet, who);
  writer.save();
  return opId;
}
