import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { eventNote } from '../../../electron/core/complaints/effects.ts';
import { prepared } from '../../../electron/core/db/statements.ts';
import {
  FIELD_GROUPS,
  stateDiff,
  type OpOutcome,
  type SyncedComplaint,
  type SyncOp,
} from '../../../shared/index.ts';
import { stampVersions } from '../../sync/chain.ts';
import type { Judgement } from '../../sync/judge.ts';
import { insertEvent, lastChangeOf, updateComplaint } from './complaints.ts';
import { hasOpenConflict, insertConflict, resolveConflict } from './conflicts.ts';

/*
 * What a judged operation writes on the hub (push.ts runs it inside the operation's savepoint): the
 * history event, an appended note or response, a conflict record, the item's new state and versions.
 */

/** What an operation did: its outcome, and the item as it stands after it (the same doc when unchanged). */
export type Written = { outcome: OpOutcome; after: SyncedComplaint };

/** The answer the ledger keeps for a judgement; conflictId names the conflict record written for it. */
export function outcomeOf(j: Judgement, version: number, conflictId: string | null): OpOutcome {
  switch (j.kind) {
    case 'rejected':
      return { outcome: 'rejected', code: j.code, message: j.message };
    case 'applied':
      return { outcome: 'applied', version };
    case 'converged':
      return { outcome: 'converged', version };
    case 'conflict':
      return { outcome: 'conflict', version, conflictId: conflictId ?? randomUUID() };
  }
}

/** Writes what the judgement decided; nothing of the item changes on a rejection or a conflict. */
export function writeJudgement(
  db: Database.Database,
  version: number,
  op: SyncOp,
  doc: SyncedComplaint,
  j: Judgement,
): Written {
  const base = { complaintId: op.complaintId, opId: op.opId, at: op.at, actor: op.actor, device: op.device };
  if (j.kind === 'rejected') return { outcome: outcomeOf(j, version, null), after: doc };
  if (j.kind === 'converged') {
    // The second person made the same decision: their name goes into the history, nothing else changes.
    insertEvent(db, version, {
      ...base,
      operation: op.operation.name,
      before: {},
      after: {},
      note: eventNote(op.operation),
    });
    return { outcome: outcomeOf(j, version, null), after: doc };
  }
  if (j.kind === 'conflict') {
    const fields = FIELD_GROUPS[j.group];
    const current = lastChangeOf(db, op.complaintId, fields);
    const conflictId = randomUUID();
    insertConflict(db, version, {
      id: conflictId,
      complaintId: op.complaintId,
      group: j.group,
      createdAt: new Date().toISOString(),
      current: {
        opId: current?.opId ?? null,
        actor: current?.actor ?? 'hub',
        at: current?.at ?? doc.receivedAt,
        value: j.current,
        operation: current?.operation ?? 'ingest',
      },
      incoming: {
        opId: op.opId,
        actor: op.actor,
        at: op.at,
        value: j.incoming,
        operation: op.operation.name,
      },
      status: 'open',
      resolution: null,
    });
    const after = { ...doc, needsReview: true, version };
    updateComplaint(db, after);
    return { outcome: outcomeOf(j, version, conflictId), after };
  }

  const diff = stateDiff(doc.state, j.state);
  insertEvent(db, version, { ...base, operation: op.operation.name, ...diff, note: eventNote(op.operation) });
  writeAppended(db, version, op, j);
  if (j.resolves) {
    resolveConflict(db, version, j.resolves.conflictId, {
      choice: j.resolves.choice,
      actor: op.actor,
      at: op.at,
    });
  }
  const needsReview = j.resolves ? hasOpenConflict(db, op.complaintId) : doc.needsReview;
  if (Object.keys(diff.after).length === 0 && needsReview === doc.needsReview) {
    return { outcome: outcomeOf(j, version, null), after: doc };
  }
  const after = {
    ...doc,
    state: j.state,
    versions: stampVersions(doc.versions, diff.after, version),
    needsReview,
    version,
  };
  updateComplaint(db, after);
  return { outcome: outcomeOf(j, version, null), after };
}

/** Notes and responses carry ids made on the desktop: a second copy of the same id is the same row. */
function writeAppended(
  db: Database.Database,
  version: number,
  op: SyncOp,
  j: Judgement & { kind: 'applied' },
): void {
  const o = op.operation;
  if (o.name === 'add_note') {
    prepared(
      db,
      `INSERT INTO note (id, complaint_id, text, actor, created_at, version) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
    ).run(o.args.noteId, op.complaintId, o.args.text, op.actor, op.at, version);
  } else if (o.name === 'record_response' && j.response) {
    prepared(
      db,
      `INSERT INTO response (id, complaint_id, text, responded_at, is_public, evidence_json, dinas_id, actor,
         created_at, needs_review, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
    ).run(
      o.args.responseId,
      op.complaintId,
      o.args.text,
      o.args.respondedAt,
      o.args.isPublic ? 1 : 0,
      JSON.stringify(o.args.evidence),
      j.response.dinasId,
      op.actor,
      op.at,
      j.response.needsReview ? 1 : 0,
      version,
    );
  }
}
