import type Database from 'better-sqlite3';
import { missingCase, type ComplaintState, type Operation } from '../../../shared/index.ts';

/** The words a person gave with an operation, kept on its audit event. */
export function eventNote(op: Operation): string | null {
  switch (op.name) {
    case 'verify':
    case 'reject':
    case 'mark_not_authority':
    case 'archive':
    case 'confirm_done':
      return op.args.note || null;
    case 'hold':
      return op.args.missing;
    case 'reopen':
    case 'return_to_dinas':
      return op.args.reason;
    case 'dispose':
      return op.args.reason || null;
    case 'set_flag':
      return op.args.reason || null;
    case 'resolve_conflict':
      return op.args.note || null;
    case 'record_response':
    case 'add_note':
      return op.args.text;
    case 'merge_duplicate':
    case 'acknowledge':
    case 'set_priority':
    case 'set_lapor':
    case 'assign':
      return null;
    default:
      return missingCase(op);
  }
}

export type Who = { actor: string; device: string; at: string };

/** Rows an operation adds besides the complaint's own fields (ids come from the operation: resend-safe). */
export function writeEffects(
  db: Database.Database,
  complaintId: string,
  state: ComplaintState,
  op: Operation,
  who: Who,
): void {
  if (op.name === 'add_note') {
    db.prepare('INSERT INTO note (id, complaint_id, text, actor, created_at) VALUES (?, ?, ?, ?, ?)').run(
      op.args.noteId,
      complaintId,
      op.args.text,
      who.actor,
      who.at,
    );
  } else if (op.name === 'record_response') {
    db.prepare(
      `INSERT INTO response (id, complaint_id, text, responded_at, is_public, evidence_json, dinas_id, actor,
         created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      op.args.responseId,
      complaintId,
      op.args.text,
      op.args.respondedAt,
      op.args.isPublic ? 1 : 0,
      JSON.stringify(op.args.evidence),
      state.dinasId,
      who.actor,
      who.at,
    );
  }
}
