import type Database from 'better-sqlite3';
import type { SyncedEvent } from '../../../shared/index.ts';
import { auditWriter } from '../audit/append.ts';
import { prepared } from '../db/statements.ts';
import { refreshComplaintReport } from '../reports/refresh.ts';

/**
 * The hub's history of each item joins the local timeline (audit_event, which the detail view reads):
 * events of other desks are appended to the chain as the hub recorded them; the event of this desk's own
 * operation is already there and is only mapped. synced_event remembers both, so re-pulls add nothing.
 * Items that gained another desk's events get their report rows rewritten, so the dashboard counts them.
 */
export function appendHubEvents(db: Database.Database, events: readonly SyncedEvent[]): void {
  const seen = prepared<[number], number>(db, 'SELECT 1 FROM synced_event WHERE hub_id = ?').pluck();
  const own = prepared<[string], number>(db, 'SELECT id FROM audit_event WHERE op_id = ? LIMIT 1').pluck();
  const known = prepared<[string], number>(db, 'SELECT 1 FROM complaint WHERE id = ?').pluck();
  const map = prepared(db, 'INSERT INTO synced_event (hub_id, audit_id) VALUES (?, ?)');
  const audit = auditWriter(db);
  const changed = new Set<string>();
  for (const e of [...events].sort((a, b) => a.id - b.id)) {
    if (seen.get(e.id) !== undefined || known.get(e.complaintId) === undefined) continue;
    const mine = e.opId === null ? undefined : own.get(e.opId);
    if (mine === undefined) changed.add(e.complaintId);
    const auditId =
      mine ??
      audit.append({
        complaintId: e.complaintId,
        at: e.at,
        actor: e.actor,
        device: e.device,
        operation: e.operation,
        opId: e.opId,
        before: e.before,
        after: e.after,
        note: e.note,
      });
    map.run(e.id, auditId);
  }
  for (const complaintId of changed) refreshComplaintReport(db, complaintId);
}
