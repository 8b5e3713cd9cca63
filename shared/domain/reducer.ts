import { missingCase } from '../assert.ts';
import type { ComplaintState } from './complaint.ts';
import { nextStatus } from './lifecycle.ts';
import type { Operation } from './operations.ts';

export type ReduceResult =
  | { ok: true; state: ComplaintState }
  | { ok: false; code: 'invalid_transition' | 'invalid_operation'; message: string };

const refuse = (code: 'invalid_transition' | 'invalid_operation', message: string): ReduceResult => ({
  ok: false,
  code,
  message,
});

/**
 * Applies one operation to a complaint's state. The same function runs optimistically on the desktop
 * and authoritatively on the hub, so both agree on what an operation means.
 */
export function applyOperation(state: ComplaintState, op: Operation): ReduceResult {
  const status = nextStatus(state, op.name);
  if (status === null) {
    return refuse('invalid_transition', `Cannot ${op.name} an item with status ${state.status}`);
  }
  const next: ComplaintState = { ...state, status };
  switch (op.name) {
    case 'verify':
      return {
        ok: true,
        state: {
          ...next,
          verdict: 'valid',
          rejectReason: null,
          type: op.args.type,
          categoryId: op.args.categoryId,
          priority: op.args.priority,
          confidentiality: op.args.confidentiality,
        },
      };
    case 'hold':
      return { ok: true, state: next };
    case 'reject':
      return { ok: true, state: { ...next, verdict: 'ditolak', rejectReason: op.args.reason } };
    case 'mark_not_authority':
      return {
        ok: true,
        state: { ...next, verdict: 'bukan_wewenang', responsibleParty: op.args.responsibleParty },
      };
    case 'merge_duplicate':
      return { ok: true, state: { ...next, verdict: 'duplikat', masterId: op.args.masterId } };
    case 'archive':
      return { ok: true, state: next };
    case 'reopen':
      // Back at the desk, the earlier verdict no longer stands and must be made again; that includes the
      // master of a duplicate, which reaches the desk through archive → reopen.
      return next.status === 'baru'
        ? {
            ok: true,
            state: { ...next, verdict: 'belum', rejectReason: null, responsibleParty: null, masterId: null },
          }
        : { ok: true, state: next };
    case 'dispose':
      if (state.dinasId === op.args.dinasId && state.status !== 'terverifikasi') {
        return refuse('invalid_operation', 'The item is already with this dinas');
      }
      if (state.status !== 'terverifikasi' && !op.args.reason) {
        return refuse('invalid_operation', 'Reassigning to another dinas needs a reason');
      }
      return { ok: true, state: { ...next, dinasId: op.args.dinasId } };
    case 'acknowledge':
    case 'record_response':
    case 'confirm_done':
    case 'return_to_dinas':
    case 'add_note':
      return { ok: true, state: next };
    case 'set_priority':
      return { ok: true, state: { ...next, priority: op.args.priority } };
    case 'set_lapor':
      return {
        ok: true,
        state: { ...next, laporTrackingNo: op.args.trackingNo, laporRecorded: op.args.recorded },
      };
    case 'assign':
      return { ok: true, state: { ...next, assigneeId: op.args.userId } };
    case 'set_flag':
      return { ok: true, state: { ...next, flagged: op.args.flagged } };
    case 'resolve_conflict':
      // Keeping the standing side changes nothing (the item may have moved on since the conflict); the
      // incoming side's value is applied. The hub checks the value against its conflict record.
      return {
        ok: true,
        state: op.args.choice === 'current' ? next : { ...next, ...op.args.value },
      };
    default:
      return missingCase(op);
  }
}
