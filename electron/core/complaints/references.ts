import type Database from 'better-sqlite3';
import type { Operation } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';

const exists = (db: Database.Database, sql: string, id: string): boolean =>
  db.prepare<[string], number>(sql).pluck().get(id) !== undefined;

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
      const master = db
        .prepare<[string], { status: string }>('SELECT status FROM complaint WHERE id = ?')
        .get(masterId);
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
    default:
      return;
  }
}
