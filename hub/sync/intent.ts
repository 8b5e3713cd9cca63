import {
  FIELD_GROUPS,
  missingCase,
  type ComplaintState,
  type FieldGroup,
  type Operation,
  type Status,
} from '../../shared/index.ts';

/**
 * What an operation means for the conflict rules (shared/design/sync.md): the field groups it guards
 * (compared against its read set), and the values it sets there, so the hub can tell "someone already
 * decided the same" (converged) from "someone decided otherwise" (conflict). Notes, responses and priority
 * guard nothing: they append or the last arrival wins.
 */
export type Intent = {
  guards: readonly FieldGroup[];
  /** The fields the operation sets, as far as its arguments tell. */
  sets: Partial<ComplaintState>;
  /** The status it leads to when that does not depend on the item (reopen's does). */
  status: Status | null;
};

const intent = (guards: FieldGroup[], sets: Partial<ComplaintState>, status: Status | null): Intent => ({
  guards,
  sets,
  status,
});

export function intentOf(op: Operation): Intent {
  switch (op.name) {
    case 'verify': {
      const { type, categoryId, confidentiality } = op.args;
      return intent(
        ['verdict', 'lifecycle'],
        { verdict: 'valid', type, categoryId, confidentiality },
        'terverifikasi',
      );
    }
    case 'reject':
      return intent(
        ['verdict', 'lifecycle'],
        { verdict: 'ditolak', rejectReason: op.args.reason },
        'ditolak',
      );
    case 'mark_not_authority':
      return intent(
        ['verdict', 'lifecycle'],
        { verdict: 'bukan_wewenang', responsibleParty: op.args.responsibleParty },
        'bukan_wewenang',
      );
    case 'merge_duplicate':
      return intent(
        ['verdict', 'lifecycle'],
        { verdict: 'duplikat', masterId: op.args.masterId },
        'duplikat',
      );
    case 'dispose':
      return intent(['disposition', 'lifecycle'], { dinasId: op.args.dinasId }, 'didisposisikan');
    case 'hold':
      return intent(['lifecycle'], {}, 'ditunda');
    case 'archive':
      return intent(['lifecycle'], {}, 'diarsipkan');
    case 'reopen':
      return intent(['lifecycle', 'verdict'], {}, null);
    case 'acknowledge':
      return intent(['lifecycle'], {}, 'diproses');
    case 'confirm_done':
      return intent(['lifecycle'], {}, 'selesai');
    case 'return_to_dinas':
      return intent(['lifecycle'], {}, 'diproses');
    case 'set_lapor':
      return intent(
        ['lapor'],
        { laporTrackingNo: op.args.trackingNo, laporRecorded: op.args.recorded },
        null,
      );
    case 'assign':
      return intent(['assignment'], { assigneeId: op.args.userId }, null);
    case 'set_flag':
      return intent(['flag'], { flagged: op.args.flagged }, null);
    case 'record_response':
    case 'add_note':
    case 'set_priority':
    case 'resolve_conflict':
      return intent([], {}, null);
    default:
      return missingCase(op);
  }
}

/** Statuses a reopen leads to: the item is open again, at the desk or with its dinas. */
const REOPENED: readonly Status[] = ['baru', 'diproses'];

/**
 * The decision already stands. A decision that sets fields (verdict, dinas) holds when those fields are
 * as it would set them, wherever the lifecycle has moved since (verified and then disposed still holds a
 * "verify"); a pure lifecycle step holds when the item is at the status it leads to.
 */
export function alreadyHolds(op: Operation, state: ComplaintState): boolean {
  const { sets, status } = intentOf(op);
  const fields = Object.entries(sets) as [keyof ComplaintState, unknown][];
  if (fields.length > 0) return fields.every(([field, value]) => state[field] === value);
  if (op.name === 'reopen') return REOPENED.includes(state.status);
  return status !== null && state.status === status;
}

/** The fields of the given groups, as the state holds them. */
export function fieldsOf(
  state: Partial<ComplaintState>,
  groups: readonly FieldGroup[],
): Partial<ComplaintState> {
  const picked: Partial<ComplaintState> = {};
  for (const group of groups) {
    for (const field of FIELD_GROUPS[group]) {
      if (field in state) Object.assign(picked, { [field]: state[field] });
    }
  }
  return picked;
}
