import type Database from 'better-sqlite3';
import type { Operation } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { prepared } from '../db/statements.ts';

const exists = (db: Database.Database, sql: string, id: string): boolean =>
  prepared<[string], number>(db, sql).pluck().get(id) !== undefined;

/** Checks that what an operation points at exists and makes sense; the reducer cannot see the tables. */
export function checkReferences(db: Database.Database, complaintId: string, op: Operation): void {
  switch (op.name) {
    case 'verify':
      if (!exists(db, 'SELECT 1 FROM category WHERE id = ?', op.args.categoryId)) {
        throw new CoreError('invalid_operation', `Unknown category: ${op.args.categoryId}`);
      }
      return;
    case 'dispose':
      if (!exists(db, 'SELECT 1 FROM dinas WHERE id = ?', op.args.dinasId)) {
        throw new CoreError('invalid_operation', `Unknown dinas: ${op.args.dinasId}`);
      }
      return;
    case 'merge_duplicate': {
      const { masterId } = op.args;
      if (masterId === complaintId) {
        throw new CoreError('invalid_operation', 'A complaint cannot be a duplicate of itself');
      }
      const master = prepared<[string], { status: string }>(
        db,
        'SELECT status FROM complaint WHERE id = ?',
      ).get(masterId);
      if (!master) throw new CoreError('not_found', `No complaint with id ${masterId} to merge into`);
      if (master.status === 'duplikat') {
        throw new CoreError(
          'invalid_operation',
          'Merge into the original complaint, not into another duplicate',
        );
      }
      return;
    }
    case 'add_note':
      if (exists(db, 'SELECT 1 FROM note WHERE id = ?', op.args.noteId)) {
        throw new CoreError('invalid_operation', `A note with id ${op.args.noteId} already exists`);
      }
      return;
    case 'record_response':
      if (exists(db, 'SELECT 1 FROM response WHERE id = ?', op.args.responseId)) {
        throw new CoreError('invalid_operation', `A response with id ${op.args.responseId} already exists`);
      }
      return;
    case 'assign':
      if (
        op.args.userId !== null &&
        !exists(db, 'SELECT 1 FROM app_user WHERE id = ? AND active = 1', op.args.userId)
      ) {
        throw new CoreError('invalid_operation', `No active user with id ${op.args.userId}`);
      }
      return;
    case 'set_lapor': {
      // One LAPOR! report is one item here; a second item with its number is a duplicate to merge.
      const { trackingNo } = op.args;
      if (trackingNo === null) return;
      const holder = prepared<[string, string], string>(
        db,
        'SELECT case_no FROM complaint WHERE lapor_tracking_no = ? AND id <> ?',
      )
        .pluck()
        .get(trackingNo, complaintId);
      if (holder !== undefined) {
        throw new CoreError('invalid_operation', `LAPOR! number ${trackingNo} already belongs to ${holder}`);
      }
      return;
    }
    default:
      return;
  }
}
