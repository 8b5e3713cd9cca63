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
import { nextLinks, stampVersions } from '../../sync/chain.ts';
import type { Judge, Judgement, References } from '../../sync/judge.ts';
import type { PushStored } from '../types.ts';
import { userByUsername } from './accounts.ts';
import { insertEvent, lastChangeOf, readComplaint, updateComplaint } from './complaints.ts';
import { readChain, writeChain } from './chain.ts';
import { hasOpenConflict, insertConflict, readConflict, resolveConflict } from './conflicts.ts';
import type { Stamp } from './db.ts';

export const lastClientSeq = (db: Database.Database, clientId: string): number =>
  prepared<[string], number>(db, 'SELECT last_client_seq FROM sync_client WHERE client_id = ?')
    .pluck()
    .get(clientId) ?? 0;

/**
 * One operation, inside the caller's write transaction, in the order of the design: ledger (a resend
 * gets the stored result) → seq (a gap is refused with the expected number) → version → judge → effects,
 * event, ledger and last seq. A rejected operation still advances the seq: one poison op never blocks.
 */
export function pushOp(
  db: Database.Database,
  stamp: Stamp,
  clientId: string,
  pusherId: string,
  op: SyncOp,
  judge: Judge,
  refs: References,
): PushStored {
  const last = lastClientSeq(db, clientId);
  const stored = prepared<[string], string>(db, 'SELECT result FROM applied_op WHERE op_id = ?')
    .pluck()
    .get(op.opId);
  if (stored !== undefined)
    return { kind: 'result', outcome: JSON.parse(stored) as OpOutcome, lastClientSeq: last };
  if (op.clientSeq !== last + 1) return { kind: 'seq_gap', expectedSeq: last + 1 };

  const version = stamp();
  const doc = readComplaint(db, op.complaintId);
  const user = userByUsername(db, op.actor);
  const named =
    op.operation.name === 'resolve_conflict' ? readConflict(db, op.operation.args.conflictId) : null;
  const chain = readChain(db, clientId, op.complaintId);
  const judgement = judge({
    op,
    actor: user,
    complaint: doc && { state: doc.state, versions: doc.versions, needsReview: doc.needsReview },
    conflict: named,
    chain,
    refs,
  });
  const outcome = doc === null ? outcomeOf(judgement, version, null) : write(db, version, op, doc, judgement);
  if (doc !== null) {
    const after = readComplaint(db, op.complaintId) ?? doc;
    const applied = outcome.outcome === 'applied' || outcome.outcome === 'converged';
    const changed = stateDiff(doc.state, after.state).after;
    writeChain(db, clientId, op.complaintId, nextLinks(op, doc, changed, applied ? after.versions : null));
  }

  prepared(
    db,
    `INSERT INTO applied_op (op_id, client_id, client_seq, complaint_id, actor, result, version)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(op.opId, clientId, op.clientSeq, op.complaintId, op.actor, JSON.stringify(outcome), version);
  prepared(
    db,
    `INSERT INTO sync_client (client_id, user_id, last_client_seq) VALUES (?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET user_id = excluded.user_id, last_client_seq = excluded.last_client_seq`,
  ).run(clientId, pusherId, op.clientSeq);
  return { kind: 'result', outcome, lastClientSeq: op.clientSeq };
}

function outcomeOf(j: Judgement, version: number, conflictId: string | null): OpOutcome {
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
function write(
  db: Database.Database,
  version: number,
  op: SyncOp,
  doc: SyncedComplaint,
  j: Judgement,
): OpOutcome {
  const base = { complaintId: op.complaintId, opId: op.opId, at: op.at, actor: op.actor, device: op.device };
  if (j.kind === 'rejected') return outcomeOf(j, version, null);
  if (j.kind === 'converged') {
    // The second person made the same decision: their name goes into the history, nothing else changes.
    insertEvent(db, version, {
      ...base,
      operation: op.operation.name,
      before: {},
      after: {},
      note: eventNote(op.operation),
    });
    return outcomeOf(j, version, null);
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
    updateComplaint(db, { ...doc, needsReview: true, version });
    return outcomeOf(j, version, conflictId);
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
  if (Object.keys(diff.after).length > 0 || needsReview !== doc.needsReview) {
    updateComplaint(db, {
      ...doc,
      state: j.state,
      versions: stampVersions(doc.versions, diff.after, version),
      needsReview,
      version,
    });
  }
  return outcomeOf(j, version, null);
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
