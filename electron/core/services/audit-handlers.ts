import type Database from 'better-sqlite3';
import type { Handlers } from '../api/dispatch.ts';
import { auditCsv } from '../audit/export.ts';
import { listAuditEvents } from '../audit/list.ts';
import { verifyAuditChain } from '../audit/verify.ts';

type AuditHandlers = Pick<Handlers, 'audit.list' | 'audit.verify' | 'audit.exportCsv'>;

/** The supervisors' audit log: read a page, check the hash chain, export as CSV. */
export function auditHandlers(db: Database.Database): AuditHandlers {
  return {
    'audit.list': (query) => listAuditEvents(db, query),
    'audit.verify': () => verifyAuditChain(db),
    'audit.exportCsv': (filters) => auditCsv(db, filters),
  };
}
