import type Database from 'better-sqlite3';
import { auditWriter, type AuditWriter } from '../audit/append.ts';
import { dueByYear, type DueOf } from '../deadlines/profiles.ts';
import { outboxWriter, type OutboxWriter } from '../outbox/append.ts';

/**
 * What the operations of one transaction are recorded with: the outbox (its clientSeq) and the audit
 * chain (its last link) are read once and carried in memory, the deadline rules read once. A bulk action
 * of 10,000 items would otherwise read and write each of them 10,000 times.
 */
export type OperationLog = { outbox: OutboxWriter; audit: AuditWriter; dueOf: DueOf };

/**
 * Runs `record` with an operation log inside the caller's transaction, then saves the outbox counter in
 * that same transaction. Every outbox row and audit event the transaction writes must go through the log.
 * If `record` throws, nothing is saved: the caller's transaction is then rolled back as a whole.
 */
export function withOperationLog<T>(db: Database.Database, record: (log: OperationLog) => T): T {
  const log: OperationLog = { outbox: outboxWriter(db), audit: auditWriter(db), dueOf: dueByYear(db) };
  const result = record(log);
  log.outbox.save();
  return result;
}
