import type Database from 'better-sqlite3';
import { prepared } from '../../../electron/core/db/statements.ts';
import { stateDiff, type OpOutcome, type OpResult, type SyncOp, type User } from '../../../shared/index.ts';
import { nextLinks } from '../../sync/chain.ts';
import type { Judge, References } from '../../sync/judge.ts';
import type { PushStored } from '../types.ts';
import { userByUsername } from './accounts.ts';
import { readComplaint } from './complaints.ts';
import { readChain, writeChain } from './chain.ts';
import { readConflict } from './conflicts.ts';
import { writing, type Stamp } from './db.ts';
import { outcomeOf, writeJudgement } from './effects.ts';

export const lastClientSeq = (db: Database.Database, clientId: string): number =>
  prepared<[string], number>(db, 'SELECT last_client_seq FROM sync_client WHERE client_id = ?')
    .pluck()
    .get(clientId) ?? 0;

/** One operation's answer inside a batch: a new or a stored (resent) outcome, or the gap it would leave. */
type OpStored = { kind: 'new' | 'stored'; outcome: OpOutcome } | (PushStored & { kind: 'seq_gap' });

/** What every operation of one push shares; users are looked up once per push. */
type Batch = {
  db: Database.Database;
  clientId: string;
  judge: Judge;
  refs: References;
  userOf(username: string): User | null;
};

/**
 * A push request's operations in one write transaction: one commit (one fsync under synchronous=FULL)
 * instead of one per operation. Each operation still gets its own version and its own savepoint, and is
 * judged against what the ones before it left, exactly as if it came alone. A seq gap stops the batch
 * with what came before it committed; so does an unexpected failure, which is then thrown (503: the
 * resend gets the committed ones' results from the ledger).
 */
export function pushBatch(
  db: Database.Database,
  onCommit: (version: number) => void,
  clientId: string,
  pusherId: string,
  ops: readonly SyncOp[],
  judge: Judge,
  refs: References,
): PushStored {
  // Nothing else writes while the transaction is open, so a user read once stays true for the whole push.
  const users = new Map<string, User | null>();
  const userOf = (username: string): User | null => {
    if (!users.has(username)) users.set(username, userByUsername(db, username));
    return users.get(username) ?? null;
  };
  const batch: Batch = { db, clientId, judge, refs, userOf };
  const alone = db.transaction((op: SyncOp, stamp: Stamp, last: number) => pushOp(batch, stamp, op, last));
  const done = writing(db, onCommit, (_, newStamp): PushStored | { kind: 'failed'; error: unknown } => {
    const first = lastClientSeq(db, clientId);
    let last = first;
    // The seq the client reached is written once, with whatever part of the push commits.
    const reached = () => {
      if (last === first) return;
      prepared(
        db,
        `INSERT INTO sync_client (client_id, user_id, last_client_seq) VALUES (?, ?, ?)
         ON CONFLICT (client_id) DO UPDATE SET user_id = excluded.user_id, last_client_seq = excluded.last_client_seq`,
      ).run(clientId, pusherId, last);
    };
    const results: OpResult[] = [];
    for (const op of ops) {
      let stored: OpStored;
      try {
        stored = alone(op, newStamp(), last);
      } catch (error) {
        // SQLite itself may have ended the whole transaction (disk full, I/O error): nothing to keep.
        if (!db.inTransaction) throw error;
        reached();
        return { kind: 'failed', error };
      }
      if (stored.kind === 'seq_gap') {
        reached();
        return stored;
      }
      if (stored.kind === 'new') last = op.clientSeq;
      results.push({ opId: op.opId, clientSeq: op.clientSeq, ...stored.outcome });
    }
    reached();
    return { kind: 'answered', results, lastClientSeq: last };
  });
  if (done.kind === 'failed') throw done.error;
  return done;
}

/**
 * One operation, inside its savepoint, in the order of the design: ledger (a resend gets the stored
 * result) → seq (a gap is refused with the expected number) → version → judge → effects, event, ledger.
 * A rejected operation still advances the seq (the caller writes it): one poison op never blocks.
 */
function pushOp(batch: Batch, stamp: Stamp, op: SyncOp, last: number): OpStored {
  const { db, clientId } = batch;
  const stored = prepared<[string], string>(db, 'SELECT result FROM applied_op WHERE op_id = ?')
    .pluck()
    .get(op.opId);
  if (stored !== undefined) return { kind: 'stored', outcome: JSON.parse(stored) as OpOutcome };
  if (op.clientSeq !== last + 1) return { kind: 'seq_gap', clientSeq: op.clientSeq, expectedSeq: last + 1 };

  const version = stamp();
  const doc = readComplaint(db, op.complaintId);
  const named =
    op.operation.name === 'resolve_conflict' ? readConflict(db, op.operation.args.conflictId) : null;
  const judgement = batch.judge({
    op,
    actor: batch.userOf(op.actor),
    complaint: doc && { state: doc.state, versions: doc.versions, needsReview: doc.needsReview },
    conflict: named,
    chain: readChain(db, clientId, op.complaintId),
    refs: batch.refs,
  });
  let outcome: OpOutcome;
  if (doc === null) {
    outcome = outcomeOf(judgement, version, null);
  } else {
    const written = writeJudgement(db, version, op, doc, judgement);
    outcome = written.outcome;
    const applied = outcome.outcome === 'applied' || outcome.outcome === 'converged';
    const changed = stateDiff(doc.state, written.after.state).after;
    const links = nextLinks(op, doc, changed, applied ? written.after.versions : null);
    writeChain(db, clientId, op.complaintId, links);
  }

  prepared(
    db,
    `INSERT INTO applied_op (op_id, client_id, client_seq, complaint_id, actor, result, version)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(op.opId, clientId, op.clientSeq, op.complaintId, op.actor, JSON.stringify(outcome), version);
  return { kind: 'new', outcome };
}
