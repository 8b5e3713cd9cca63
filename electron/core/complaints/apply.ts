import type Database from 'better-sqlite3';
import {
  applyOperation,
  strictAssert,
  type ComplaintDetail,
  type ComplaintState,
  type Operation,
} from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { appendToOutbox } from '../outbox/append.ts';
import { writeEffects, eventNote } from './effects.ts';
import { bumpVersions, stateDiff, type GroupVersions } from './field-groups.ts';
import { getComplaint } from './get.ts';
import { checkReferences } from './references.ts';

type Current = ComplaintState & {
  vVerdict: number;
  vDisposition: number;
  vLifecycle: number;
  vPriority: number;
};

const READ_CURRENT = `SELECT status, verdict, reject_reason AS rejectReason, type, category_id AS categoryId,
  dinas_id AS dinasId, priority, confidentiality, responsible_party AS responsibleParty, master_id AS masterId,
  verdict_v AS vVerdict, disposition_v AS vDisposition, lifecycle_v AS vLifecycle, priority_v AS vPriority
  FROM complaint WHERE id = ?`;

export type Actor = { actor: string; device: string };

/**
 * Applies one operation to a complaint in one transaction: state change with bumped group versions,
 * outbox row, audit event and the operation's own rows commit together or not at all.
 */
export function applyToComplaint(
  db: Database.Database,
  who: Actor,
  complaintId: string,
  op: Operation,
): ComplaintDetail {
  return db.transaction(() => {
    const row = db.prepare<[string], Current>(READ_CURRENT).get(complaintId);
    if (!row) throw new CoreError('not_found', `No complaint with id ${complaintId}`);
    const { vVerdict, vDisposition, vLifecycle, vPriority, ...state } = row;
    const versions: GroupVersions = {
      verdict: vVerdict,
      disposition: vDisposition,
      lifecycle: vLifecycle,
      priority: vPriority,
    };
    const result = applyOperation(state, op);
    if (!result.ok) throw new CoreError(result.code, result.message);
    checkReferences(db, complaintId, op);

    const at = new Date().toISOString();
    const diff = stateDiff(state, result.state);
    const next = bumpVersions(versions, diff.after);
    const s = result.state;
    db.prepare(
      `UPDATE complaint SET status = ?, verdict = ?, reject_reason = ?, type = ?, category_id = ?, dinas_id = ?,
         priority = ?, confidentiality = ?, responsible_party = ?, master_id = ?,
         verdict_v = ?, disposition_v = ?, lifecycle_v = ?, priority_v = ?, updated_at = ?
       WHERE id = ?`,
    ).run(
      s.status,
      s.verdict,
      s.rejectReason,
      s.type,
      s.categoryId,
      s.dinasId,
      s.priority,
      s.confidentiality,
      s.responsibleParty,
      s.masterId,
      next.verdict,
      next.disposition,
      next.lifecycle,
      next.priority,
      at,
      complaintId,
    );
    const when = { ...who, at };
    const opId = appendToOutbox(db, complaintId, op, versions, when);
    db.prepare(
      `INSERT INTO complaint_event (complaint_id, op_id, at, actor, device, operation, before_json, after_json, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      complaintId,
      opId,
      at,
      who.actor,
      who.device,
      op.name,
      JSON.stringify(diff.before),
      JSON.stringify(diff.after),
      eventNote(op),
    );
    writeEffects(db, complaintId, s, op, when);
    const detail = getComplaint(db, complaintId);
    strictAssert(detail, 'the complaint just updated exists');
    return detail;
  })();
}
