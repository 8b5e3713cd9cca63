import type Database from 'better-sqlite3';
import { auditBatch, type AuditBatch } from '../audit/append.ts';
import { dueByYear, type DueOf } from '../deadlines/profiles.ts';
import { outboxWriter, type OutboxWriter } from '../outbox/append.ts';
import { reportUpkeep, type ReportUpkeep } from '../reports/refresh.ts';

/**
 * What the operations of one transaction are recorded with: the outbox (its clientSeq) and the audit
 * chain (its last link) are read once and carried in memory, the deadline rules read once, and the audit
 * events and the report refresh written once for all the operations. A bulk action of 10,000 items would
 * otherwise read and write each of them 10,000 times.
 */
export type OperationLog = { outbox: OutboxWriter; audit: AuditBatch; dueOf: DueOf; report: ReportUpkeep };

/**
 * Runs `record` with an operation log inside the caller's transaction, then, in that same transaction,
 * stores the audit events, refreshes the report from them and saves the outbox counter. Every outbox row
 * and audit event the transaction writes must go through the log, and nothing in `record` may read the
 * audit events it appended. If `record` throws, nothing is saved: the caller's transaction is then rolled
 * back as a whole.
 */
export function withOperationLog<T>(db: Database.Database, record: (log: OperationLog) => T): T {
  const log: OperationLog = {
    outbox: outboxWriter(db),
    audit: auditBatch(db),
    dueOf: dueByYear(db),
    report: reportUpkeep(db),
  };
  const result = record(log);
  log.audit.flush();
  log.report.flush();
  log.outbox.save();
  return result;
}
