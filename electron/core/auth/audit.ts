import type Database from 'better-sqlite3';
import type { AuditValues } from '../../../shared/index.ts';
import { appendAuditEvent } from '../audit/append.ts';

/** Sign-in, sign-out and user changes join the one audit log; never with a password or a token. */
export function auditUserEvent(
  db: Database.Database,
  event: {
    actor: string;
    device: string;
    operation: 'sign_in' | 'sign_in_failed' | 'sign_out' | 'user_create' | 'user_update';
    userId: string | null;
    before?: AuditValues;
    after?: AuditValues;
  },
): void {
  appendAuditEvent(db, {
    at: new Date().toISOString(),
    actor: event.actor,
    device: event.device,
    operation: event.operation,
    entityType: 'user',
    entityId: event.userId,
    before: event.before ?? {},
    after: event.after ?? {},
    note: null,
  });
}
