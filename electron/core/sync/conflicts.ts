import type Database from 'better-sqlite3';
import { Conflict, OpOutcome, type ConflictItem, type RejectedChange } from '../../../shared/index.ts';
import { EVERYTHING, inScope, type Scope } from '../complaints/scope.ts';

type ConflictRecord = { bodyJson: string; caseNo: string | null };

// Stored JSON goes back through the protocol's schema: a damaged row fails loudly.
const toItem = ({ bodyJson, caseNo }: ConflictRecord): ConflictItem => ({
  ...Conflict.parse(JSON.parse(bodyJson)),
  caseNo,
});

const SELECT = `SELECT f.body_json AS bodyJson, c.case_no AS caseNo FROM conflict f
  LEFT JOIN complaint c ON c.id = f.complaint_id`;

/** Conflicts as the hub sent them, newest first (open ones are what a supervisor must judge). */
export function listConflicts(db: Database.Database, status?: 'open' | 'resolved'): ConflictItem[] {
  const rows =
    status === undefined
      ? db.prepare<[], ConflictRecord>(`${SELECT} ORDER BY f.created_at DESC`).all()
      : db
          .prepare<[string], ConflictRecord>(`${SELECT} WHERE f.status = ? ORDER BY f.created_at DESC`)
          .all(status);
  return rows.map(toItem);
}

export function getConflict(db: Database.Database, id: string): ConflictItem | null {
  const row = db.prepare<[string], ConflictRecord>(`${SELECT} WHERE f.id = ?`).get(id);
  return row ? toItem(row) : null;
}

type RejectedRecord = Omit<RejectedChange, 'code' | 'message'> & {
  resultJson: string;
  dinasId: string | null;
};

/** This desk's changes the hub refused for good, newest first, within what the caller may read. */
export function listRejected(db: Database.Database, scope: Scope = EVERYTHING): RejectedChange[] {
  return db
    .prepare<[], RejectedRecord>(
      `SELECT o.op_id AS opId, o.client_seq AS clientSeq, o.complaint_id AS complaintId, c.case_no AS caseNo,
         o.name AS operation, o.actor, o.created_at AS at, o.result_json AS resultJson, c.dinas_id AS dinasId
       FROM outbox o LEFT JOIN complaint c ON c.id = o.complaint_id
       WHERE o.state = 'rejected' ORDER BY o.client_seq DESC`,
    )
    .all()
    .filter((r) => inScope(scope, r.dinasId))
    .map(({ resultJson, dinasId: _dinas, ...rest }) => {
      const outcome = OpOutcome.parse(JSON.parse(resultJson));
      return outcome.outcome === 'rejected'
        ? { ...rest, code: outcome.code, message: outcome.message }
        : { ...rest, code: outcome.outcome, message: '' };
    });
}
