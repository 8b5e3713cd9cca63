import { missingCase } from '../assert.ts';
import type { ComplaintState } from './complaint.ts';
import type { OperationName } from './operations.ts';
import type { Status } from './vocabulary.ts';

/** Statuses from which a moderator still has to decide what the item is. */
const UNDECIDED: readonly Status[] = ['baru', 'ditunda'];
/** Statuses in which the item sits with a dinas. */
const WITH_DINAS: readonly Status[] = ['didisposisikan', 'diproses'];
/** Closed statuses that a reopen brings back. */
const CLOSED: readonly Status[] = ['selesai', 'ditolak', 'bukan_wewenang', 'diarsipkan'];

const from = (allowed: readonly Status[], status: Status, to: Status): Status | null =>
  allowed.includes(status) ? to : null;

/**
 * The lifecycle as one pure function: the status an operation leads to from this state, or null when
 * the transition is not allowed. Operations that do not move the lifecycle return the current status.
 */
export function nextStatus(state: ComplaintState, op: OperationName): Status | null {
  const s = state.status;
  switch (op) {
    case 'verify':
      return from(UNDECIDED, s, 'terverifikasi');
    case 'hold':
      return from(['baru'], s, 'ditunda');
    case 'reject':
      // A verification found wrong (a hoax unmasked later) may still be undone until a dinas has it.
      return from([...UNDECIDED, 'terverifikasi'], s, 'ditolak');
    case 'mark_not_authority':
      return from(UNDECIDED, s, 'bukan_wewenang');
    case 'merge_duplicate':
      return from([...UNDECIDED, 'terverifikasi'], s, 'duplikat');
    case 'archive':
      return from([...UNDECIDED, 'ditolak', 'bukan_wewenang', 'duplikat', 'selesai'], s, 'diarsipkan');
    case 'reopen':
      // A reopened item that a dinas already handled goes back to that dinas; otherwise to the desk.
      if (s === 'ditindaklanjuti') return 'diproses';
      if (!CLOSED.includes(s)) return null;
      return state.dinasId !== null && s === 'selesai' ? 'diproses' : 'baru';
    case 'dispose':
      return from(['terverifikasi', ...WITH_DINAS], s, 'didisposisikan');
    case 'acknowledge':
      return from(['didisposisikan'], s, 'diproses');
    case 'record_response':
      return from([...WITH_DINAS, 'ditindaklanjuti'], s, 'ditindaklanjuti');
    case 'confirm_done':
      return from(['ditindaklanjuti'], s, 'selesai');
    case 'return_to_dinas':
      return from(['ditindaklanjuti'], s, 'diproses');
    // Bookkeeping that never moves the lifecycle; a duplicate's belongs to its master.
    case 'add_note':
    case 'set_priority':
    case 'set_lapor':
    case 'assign':
    case 'set_flag':
      return s === 'duplikat' ? null : s;
    // The chosen side of a conflict brings its own status (the reducer sets it from the value).
    case 'resolve_conflict':
      return s;
    default:
      return missingCase(op);
  }
}

/** Every status an operation may start from; the UI uses it to offer only possible actions. */
export function isAllowed(state: ComplaintState, op: OperationName): boolean {
  return nextStatus(state, op) !== null;
}
