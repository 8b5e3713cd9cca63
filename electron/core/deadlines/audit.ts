import type Database from 'better-sqlite3';
import type { AuditValues } from '../../../shared/index.ts';
import { appendAuditEvent } from '../audit/append.ts';
import type { Actor } from '../complaints/apply.ts';

/** A settings change joins the audit log like every other change: who, when, what it was before. */
export function auditSetting(
  db: Database.Database,
  who: Actor,
  change: {
    operation: string;
    entityType: string;
    entityId: string;
    before: AuditValues;
    after: AuditValues;
  },
): void {
  appendAuditEvent(db, { ...who, ...change, at: new Date().toISOString(), note: null });
}
