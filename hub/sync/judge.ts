import {
  applyOperation,
  mayApply,
  type ComplaintState,
  type Conflict,
  type FieldGroup,
  type SyncOp,
} from '../../shared/index.ts';
import type { ActorInfo, ComplaintNow } from './facts.ts';
import { standsFor, type Chain } from './chain.ts';
import { alreadyHolds, fieldsOf, intentOf } from './intent.ts';

/** What the store knows beside the item, for checking references an operation names. */
export type References = {
  dinas(id: string): boolean;
  category(id: string): boolean;
  complaint(id: string): boolean;
};

export type JudgeInput = {
  op: SyncOp;
  actor: ActorInfo | null;
  complaint: ComplaintNow | null;
  /** For resolve_conflict: the conflict it names, if it exists on this item. */
  conflict: Conflict | null;
  /** This desktop's earlier operations on the item (see chain.ts). */
  chain: Chain;
  refs: References;
};

export type Judgement =
  | { kind: 'rejected'; code: string; message: string }
  | {
      kind: 'applied';
      state: ComplaintState;
      /** record_response: whose response it is, and whether it arrived after the item left that dinas. */
      response?: { dinasId: string | null; needsReview: boolean };
      resolves?: { conflictId: string; choice: 'current' | 'incoming' };
    }
  | { kind: 'converged' }
  | {
      kind: 'conflict';
      group: FieldGroup;
      current: Partial<ComplaintState>;
      incoming: Partial<ComplaintState>;
    };

export type Judge = (input: JudgeInput) => Judgement;

const reject = (code: string, message: string): Judgement => ({ kind: 'rejected', code, message });

/**
 * The hub's conflict rules for one operation, as a pure function (the store loads and writes around it):
 * who may do it, then per field group: unchanged since the person looked → the state machine decides;
 * changed but already as intended → converged; changed otherwise → conflict, nothing applied.
 */
export const judge: Judge = ({ op: syncOp, actor, complaint, conflict, chain, refs }) => {
  const op = syncOp.operation;
  if (complaint === null) return reject('not_found', `No complaint with id ${syncOp.complaintId}`);
  if (actor === null || !actor.active)
    return reject('unknown_actor', `${syncOp.actor} is not an active user`);
  if (!mayApply(actor.role, op.name)) return reject('forbidden', `The role ${actor.role} may not ${op.name}`);
  const { state, versions } = complaint;
  const movedAway = standsFor(syncOp, chain, 'disposition') !== versions.disposition;
  const ownItem = actor.role !== 'penghubung' || state.dinasId === actor.dinasId;
  const appendOnly = op.name === 'add_note' || op.name === 'record_response';
  // A liaison works only on their dinas's items; what they wrote before the item moved is still kept.
  if (!ownItem && !(appendOnly && movedAway)) {
    return reject('forbidden', `The item is not with ${actor.dinasId ?? 'this dinas'}`);
  }
  const missing = missingReference(syncOp, refs);
  if (missing) return reject('invalid_reference', missing);

  switch (op.name) {
    case 'add_note':
      // Append-only: a note is never refused for the item's status or lost.
      return { kind: 'applied', state };
    case 'record_response': {
      const dinasId = actor.dinasId ?? state.dinasId;
      const result = applyOperation(state, op);
      const stillThere = !movedAway && state.dinasId === dinasId && result.ok;
      return {
        kind: 'applied',
        state: stillThere && result.ok ? result.state : state,
        response: { dinasId, needsReview: !stillThere },
      };
    }
    case 'resolve_conflict':
      return judgeResolution(syncOp, state, conflict);
    default:
      return judgeGuarded(syncOp, complaint, chain);
  }
};

function judgeGuarded(syncOp: SyncOp, { state, versions }: ComplaintNow, chain: Chain): Judgement {
  const op = syncOp.operation;
  const { guards } = intentOf(op);
  const changed = guards.filter((g) => standsFor(syncOp, chain, g) !== versions[g]);
  if (changed.length === 0) {
    const result = applyOperation(state, op);
    return result.ok ? { kind: 'applied', state: result.state } : reject(result.code, result.message);
  }
  if (alreadyHolds(op, state)) return { kind: 'converged' };
  const tried = applyOperation(state, op);
  const { sets, status } = intentOf(op);
  const incoming = tried.ok ? tried.state : { ...state, ...sets, ...(status ? { status } : {}) };
  return {
    kind: 'conflict',
    group: changed[0] ?? guards[0] ?? 'lifecycle',
    current: fieldsOf(state, guards),
    incoming: fieldsOf(incoming, guards),
  };
}

/**
 * A supervisor's choice. "current" keeps the item as it is now (it may have moved on since the conflict);
 * "incoming" applies the side that lost. The value must be that side's recorded value: the desktop's
 * optimistic copy and the hub then agree.
 */
function judgeResolution(syncOp: SyncOp, state: ComplaintState, conflict: Conflict | null): Judgement {
  const op = syncOp.operation;
  if (op.name !== 'resolve_conflict') return reject('invalid_operation', 'not a resolution');
  const { conflictId, choice, value } = op.args;
  if (conflict === null || conflict.complaintId !== syncOp.complaintId) {
    return reject('not_found', `No conflict ${conflictId} on this item`);
  }
  if (conflict.status === 'resolved') {
    return conflict.resolution?.choice === choice
      ? { kind: 'converged' }
      : reject('conflict_resolved', 'Someone already resolved this conflict the other way');
  }
  if (!sameFields(value, conflict[choice].value)) {
    return reject('invalid_operation', `The value is not the conflict's ${choice} side`);
  }
  return {
    kind: 'applied',
    state: choice === 'incoming' ? { ...state, ...value } : state,
    resolves: { conflictId, choice },
  };
}

function sameFields(a: Partial<ComplaintState>, b: Partial<ComplaintState>): boolean {
  const keys = Object.keys(a) as (keyof ComplaintState)[];
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && a[k] === b[k]);
}

function missingReference(syncOp: SyncOp, refs: References): string | null {
  const op = syncOp.operation;
  if (op.name === 'verify' && !refs.category(op.args.categoryId))
    return `Unknown category ${op.args.categoryId}`;
  if (op.name === 'dispose' && !refs.dinas(op.args.dinasId)) return `Unknown dinas ${op.args.dinasId}`;
  if (op.name === 'merge_duplicate') {
    if (op.args.masterId === syncOp.complaintId) return 'An item cannot be a duplicate of itself';
    if (!refs.complaint(op.args.masterId)) return `No complaint with id ${op.args.masterId}`;
  }
  return null;
}
