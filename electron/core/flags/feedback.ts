import type Database from 'better-sqlite3';
import type { FlagFeedbackInput } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { inScope, type Scope } from '../complaints/scope.ts';

/** Throws not_found for an item that does not exist or is outside the caller's scope. */
export function requireVisible(db: Database.Database, complaintId: string, scope: Scope): void {
  const row = db
    .prepare<[string], { dinasId: string | null }>('SELECT dinas_id AS dinasId FROM complaint WHERE id = ?')
    .get(complaintId);
  if (row === undefined || !inScope(scope, row.dinasId))
    throw new CoreError('not_found', `No complaint with id ${complaintId}`);
}

/**
 * A moderator's answer to a suggested label; answering again replaces the earlier answer. Each answer is
 * a training example (see examples.ts); it changes nothing on the complaint itself.
 */
export function recordFeedback(db: Database.Database, input: FlagFeedbackInput, actor: string): void {
  db.prepare(
    `INSERT INTO flag_feedback (complaint_id, label, actor, agree, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (complaint_id, label, actor) DO UPDATE SET agree = excluded.agree, at = excluded.at`,
  ).run(input.complaintId, input.label, actor, input.agree ? 1 : 0, new Date().toISOString());
}
