import type Database from 'better-sqlite3';
import { SYNC_LIMITS, type PushResponse } from '../../../shared/index.ts';
import { appendAuditEvent } from '../audit/append.ts';
import type { HubClient } from './client.ts';
import { adoptEpoch } from './epoch.ts';
import { SyncFailure, asSyncFailure } from './failure.ts';
import { noteFailedAttempt, pendingBatch, recordResults, reopenFrom } from './outbox.ts';
import { rebase } from './rebase.ts';
import { clientIdOf, readKey, writeKey } from './state.ts';

/** A seq gap is answered by resending from the hub's expected seq; twice in a row means something else. */
const MAX_GAP_REPAIRS = 2;

/**
 * Pushes every pending operation in clientSeq order, in batches of at most 500, and records each
 * result. An operation leaves 'pending' only when the hub answered for it: a lost response simply means
 * the same batch goes again, and the hub's ledger answers with the stored results. Returns how many
 * operations the hub answered for.
 */
export async function pushPending(db: Database.Database, client: HubClient): Promise<number> {
  const clientId = clientIdOf(db);
  let answered = 0;
  let gapRepairs = 0;
  for (;;) {
    const ops = pendingBatch(db, SYNC_LIMITS.pushOps);
    const first = ops[0];
    if (first === undefined) return answered;
    let response: PushResponse;
    try {
      response = await client.push({ clientId, ops });
    } catch (err) {
      const failure = asSyncFailure(err);
      if (failure.kind === 'seq_gap' && gapRepairs < MAX_GAP_REPAIRS) {
        gapRepairs += 1;
        repairGap(db, failure, first.clientSeq);
        continue;
      }
      noteFailedAttempt(db, ops, failure.message);
      throw failure;
    }
    if (response.results.length === 0) {
      throw new SyncFailure('permanent', 'The hub answered a push without any result');
    }
    gapRepairs = 0;
    answered += response.results.length;
    db.transaction(() => recordPush(db, response)).immediate();
  }
}

/**
 * The hub expects `expectedSeq` next. Below our first pending seq, it lost operations it had answered
 * (restored from a backup): those become pending and go again. Anything else would mean the hub forgot
 * results it must keep in its ledger: not something a resend can fix.
 */
function repairGap(db: Database.Database, failure: SyncFailure, firstPending: number): void {
  const expected = failure.expectedSeq;
  if (expected === null || expected >= firstPending) {
    throw new SyncFailure('permanent', `Push refused: ${failure.message} (first pending ${firstPending})`);
  }
  db.transaction(() => reopenFrom(db, expected)).immediate();
}

/** The results, and the complaints whose operations the hub did not apply rebased and explained. */
function recordPush(db: Database.Database, response: PushResponse): void {
  adoptEpoch(db, response.hubEpoch, response.lastClientSeq);
  const undone = recordResults(db, response.results);
  writeKey(db, 'hub_last_client_seq', String(response.lastClientSeq));
  const now = Date.now();
  const device = readKey(db, 'device') ?? 'desktop';
  for (const complaintId of undone) {
    const change = rebase(db, complaintId, now);
    if (change === null) continue;
    // The row the person saw changes back: the timeline says why instead of changing silently.
    appendAuditEvent(db, {
      complaintId,
      at: new Date(now).toISOString(),
      actor: 'hub',
      device,
      operation: 'sync.undone',
      before: change.before,
      after: change.after,
      note: 'Perubahan ditolak atau bentrok di hub / change rejected or in conflict at the hub',
    });
  }
}
