import type Database from 'better-sqlite3';
import {
  AuditValues,
  type AuditEvent,
  type AuditFilters,
  type AuditListQuery,
  type AuditPage,
} from '../../../shared/index.ts';

type EventRecord = Omit<AuditEvent, 'before' | 'after'> & { beforeJson: string; afterJson: string };
type Params = (string | number)[];

/** The log's filters as AND-ed conditions over `audit_event a`; every value is a bound parameter. */
function conditions(filters: AuditFilters): { sql: string; params: Params } {
  const clauses: string[] = [];
  const params: Params = [];
  const add = (clause: string, value: string) => {
    clauses.push(clause);
    params.push(value);
  };
  if (filters.actor !== undefined) add('a.actor = ? COLLATE NOCASE', filters.actor);
  if (filters.operation !== undefined) add('a.operation = ?', filters.operation);
  if (filters.complaintId !== undefined) add('a.complaint_id = ?', filters.complaintId);
  if (filters.caseNo !== undefined) {
    add('a.complaint_id = (SELECT id FROM complaint WHERE case_no = ?)', filters.caseNo.toUpperCase());
  }
  // Stored times are UTC in toISOString form (see append.ts), so text order is time order.
  if (filters.from !== undefined) add('a.at >= ?', new Date(filters.from).toISOString());
  if (filters.to !== undefined) add('a.at <= ?', new Date(filters.to).toISOString());
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

/** Matching events, newest first; stored JSON is parsed back through the schema, so damage fails loudly. */
export function selectAuditEvents(
  db: Database.Database,
  filters: AuditFilters,
  limit: number,
  offset: number,
): AuditEvent[] {
  const where = conditions(filters);
  const records = db
    .prepare<Params, EventRecord>(
      `SELECT a.id, a.at, a.actor, a.device, a.operation, a.complaint_id AS complaintId, c.case_no AS caseNo,
         a.entity_type AS entityType, a.entity_id AS entityId, a.before_json AS beforeJson,
         a.after_json AS afterJson, a.note
       FROM audit_event a LEFT JOIN complaint c ON c.id = a.complaint_id
       ${where.sql} ORDER BY a.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...where.params, limit, offset);
  return records.map(({ beforeJson, afterJson, ...event }) => ({
    ...event,
    before: AuditValues.parse(JSON.parse(beforeJson)),
    after: AuditValues.parse(JSON.parse(afterJson)),
  }));
}

/** One page of the log for the supervisors' screen. */
export function listAuditEvents(db: Database.Database, query: AuditListQuery): AuditPage {
  // One row more than asked tells whether a next page exists without counting the whole log.
  const rows = selectAuditEvents(db, query.filters, query.limit + 1, query.offset);
  return { rows: rows.slice(0, query.limit), offset: query.offset, hasMore: rows.length > query.limit };
}
