import { describe, expect, it } from 'vitest';
import { applyOperation, type ComplaintState, type Operation } from '../../../shared/index.ts';
import { COMPLAINT_AT, NEW_COMPLAINT, SAMPLE_OP } from './fixtures.ts';

/** The state an accepted operation leads to; fails the test when the reducer refuses. */
function applied(state: ComplaintState, op: Operation): ComplaintState {
  const result = applyOperation(state, op);
  if (!result.ok)
    throw new Error(`expected ${op.name} to be accepted, got ${result.code}: ${result.message}`);
  return result.state;
}

function refusal(state: ComplaintState, op: Operation): { code: string; message: string } {
  const result = applyOperation(state, op);
  if (result.ok) throw new Error(`expected ${op.name} to be refused from ${state.status}`);
  return { code: result.code, message: result.message };
}

describe('desk decisions', () => {
  it('verify records the verdict and the moderator’s classification', () => {
    for (const from of [COMPLAINT_AT.baru, COMPLAINT_AT.ditunda]) {
      expect(applied(from, SAMPLE_OP.verify)).toEqual({
        ...NEW_COMPLAINT,
        status: 'terverifikasi',
        verdict: 'valid',
        type: 'aspirasi',
        categoryId: 'parkir',
        priority: 'tinggi',
        confidentiality: 'anonim',
      });
    }
  });

  it('hold only moves the item on hold', () => {
    expect(applied(NEW_COMPLAINT, SAMPLE_OP.hold)).toEqual({ ...NEW_COMPLAINT, status: 'ditunda' });
  });

  it('reject records the verdict and its reason', () => {
    expect(applied(COMPLAINT_AT.ditunda, SAMPLE_OP.reject)).toEqual({
      ...NEW_COMPLAINT,
      status: 'ditolak',
      verdict: 'ditolak',
      rejectReason: 'fitnah',
    });
  });

  it('mark_not_authority records who is responsible', () => {
    expect(applied(NEW_COMPLAINT, SAMPLE_OP.mark_not_authority)).toEqual({
      ...NEW_COMPLAINT,
      status: 'bukan_wewenang',
      verdict: 'bukan_wewenang',
      responsibleParty: 'Pemprov Jawa Barat',
    });
  });

  it('merge_duplicate points at the master and keeps an earlier classification', () => {
    expect(applied(COMPLAINT_AT.terverifikasi, SAMPLE_OP.merge_duplicate)).toEqual({
      ...COMPLAINT_AT.terverifikasi,
      status: 'duplikat',
      verdict: 'duplikat',
      masterId: 'c-0042',
    });
  });

  it('archive keeps the verdict it was archived with', () => {
    expect(applied(COMPLAINT_AT.ditolak, SAMPLE_OP.archive)).toEqual({
      ...COMPLAINT_AT.ditolak,
      status: 'diarsipkan',
    });
  });
});

describe('reopen', () => {
  it('clears a rejection so the desk decides again', () => {
    expect(applied(COMPLAINT_AT.ditolak, SAMPLE_OP.reopen)).toEqual(NEW_COMPLAINT);
  });

  it('clears a not-our-authority verdict', () => {
    expect(applied(COMPLAINT_AT.bukan_wewenang, SAMPLE_OP.reopen)).toEqual(NEW_COMPLAINT);
  });

  it('clears the master of an archived duplicate', () => {
    const archived = applied(COMPLAINT_AT.duplikat, SAMPLE_OP.archive);
    expect(applied(archived, SAMPLE_OP.reopen)).toEqual(NEW_COMPLAINT);
  });

  it('gives a done item back to its dinas with its verdict intact', () => {
    expect(applied(COMPLAINT_AT.selesai, SAMPLE_OP.reopen)).toEqual({
      ...COMPLAINT_AT.selesai,
      status: 'diproses',
    });
  });
});

describe('dispose', () => {
  const toDishub = (reason?: string): Operation => ({
    name: 'dispose',
    args: reason === undefined ? { dinasId: 'dishub' } : { dinasId: 'dishub', reason },
  });

  it('sends a verified item to a dinas, no reason needed', () => {
    expect(applied(COMPLAINT_AT.terverifikasi, toDishub())).toEqual({
      ...COMPLAINT_AT.terverifikasi,
      status: 'didisposisikan',
      dinasId: 'dishub',
    });
  });

  it('reassigns to another dinas with a reason', () => {
    for (const from of [COMPLAINT_AT.didisposisikan, COMPLAINT_AT.diproses]) {
      expect(applied(from, toDishub('Parkir liar, bukan jalan'))).toEqual({
        ...from,
        status: 'didisposisikan',
        dinasId: 'dishub',
      });
    }
  });

  it('refuses a reassignment without a reason', () => {
    for (const reason of [undefined, '']) {
      expect(refusal(COMPLAINT_AT.diproses, toDishub(reason))).toEqual({
        code: 'invalid_operation',
        message: 'Reassigning to another dinas needs a reason',
      });
    }
  });

  it('refuses a reassignment to the dinas that already has it', () => {
    const samePlace: Operation = { name: 'dispose', args: { dinasId: 'pupr', reason: 'Sekali lagi' } };
    expect(refusal(COMPLAINT_AT.didisposisikan, samePlace).code).toBe('invalid_operation');
    expect(refusal(COMPLAINT_AT.diproses, samePlace).code).toBe('invalid_operation');
  });

  it('allows the first disposition to a dinas the item already names', () => {
    const verifiedWithDinas = { ...COMPLAINT_AT.terverifikasi, dinasId: 'pupr' };
    const op: Operation = { name: 'dispose', args: { dinasId: 'pupr' } };
    expect(applied(verifiedWithDinas, op)).toEqual({ ...verifiedWithDinas, status: 'didisposisikan' });
  });

  it('reports a refused transition before judging the arguments', () => {
    const samePlace: Operation = { name: 'dispose', args: { dinasId: 'pupr' } };
    expect(refusal(COMPLAINT_AT.selesai, samePlace).code).toBe('invalid_transition');
  });
});

describe('dinas follow-up', () => {
  it('acknowledge, record_response, confirm_done and return_to_dinas only move the status', () => {
    const steps = [
      [COMPLAINT_AT.didisposisikan, SAMPLE_OP.acknowledge, 'diproses'],
      [COMPLAINT_AT.didisposisikan, SAMPLE_OP.record_response, 'ditindaklanjuti'],
      [COMPLAINT_AT.diproses, SAMPLE_OP.record_response, 'ditindaklanjuti'],
      [COMPLAINT_AT.ditindaklanjuti, SAMPLE_OP.record_response, 'ditindaklanjuti'],
      [COMPLAINT_AT.ditindaklanjuti, SAMPLE_OP.confirm_done, 'selesai'],
      [COMPLAINT_AT.ditindaklanjuti, SAMPLE_OP.return_to_dinas, 'diproses'],
    ] as const;
    for (const [from, op, status] of steps) {
      expect(applied(from, op)).toEqual({ ...from, status });
    }
  });
});

describe('notes and priority', () => {
  it('add_note changes nothing in the state', () => {
    expect(applied(COMPLAINT_AT.diproses, SAMPLE_OP.add_note)).toEqual(COMPLAINT_AT.diproses);
  });

  it('set_priority changes only the priority', () => {
    expect(applied(COMPLAINT_AT.selesai, SAMPLE_OP.set_priority)).toEqual({
      ...COMPLAINT_AT.selesai,
      priority: 'darurat',
    });
  });
});

describe('refused transitions', () => {
  it('say which operation and status clashed', () => {
    expect(refusal(COMPLAINT_AT.selesai, SAMPLE_OP.verify)).toEqual({
      code: 'invalid_transition',
      message: 'Cannot verify an item with status selesai',
    });
    expect(refusal(COMPLAINT_AT.duplikat, SAMPLE_OP.add_note).code).toBe('invalid_transition');
    expect(refusal(NEW_COMPLAINT, SAMPLE_OP.confirm_done).code).toBe('invalid_transition');
  });
});

describe('LAPOR!, assignment and flag', () => {
  it('set_lapor records the tracking number and the mark, nothing else', () => {
    expect(applied(COMPLAINT_AT.diproses, SAMPLE_OP.set_lapor)).toEqual({
      ...COMPLAINT_AT.diproses,
      laporTrackingNo: 'TSM2603001',
      laporRecorded: true,
    });
    const cleared: Operation = { name: 'set_lapor', args: { trackingNo: null, recorded: false } };
    expect(applied(applied(NEW_COMPLAINT, SAMPLE_OP.set_lapor), cleared)).toEqual(NEW_COMPLAINT);
  });

  it('assign gives the item to a person and takes it back', () => {
    const assigned = applied(NEW_COMPLAINT, SAMPLE_OP.assign);
    expect(assigned).toEqual({ ...NEW_COMPLAINT, assigneeId: SAMPLE_OP.assign.args.userId });
    expect(applied(assigned, { name: 'assign', args: { userId: null } })).toEqual(NEW_COMPLAINT);
  });

  it('set_flag marks and unmarks without moving the status', () => {
    const flagged = applied(COMPLAINT_AT.selesai, SAMPLE_OP.set_flag);
    expect(flagged).toEqual({ ...COMPLAINT_AT.selesai, flagged: true });
    expect(applied(flagged, { name: 'set_flag', args: { flagged: false } })).toEqual(COMPLAINT_AT.selesai);
  });

  it('are refused on a duplicate', () => {
    for (const op of [SAMPLE_OP.set_lapor, SAMPLE_OP.assign, SAMPLE_OP.set_flag]) {
      expect(refusal(COMPLAINT_AT.duplikat, op).code).toBe('invalid_transition');
    }
  });
});

describe('resolve_conflict', () => {
  const disposed = COMPLAINT_AT.didisposisikan;
  const resolve = (choice: 'current' | 'incoming'): Operation => ({
    name: 'resolve_conflict',
    args: {
      conflictId: '0190a2b4-7c1d-7e3f-8a9b-0c1d2e3f4a5b',
      choice,
      value: { verdict: 'ditolak', rejectReason: 'hoaks', status: 'ditolak' },
    },
  });

  it('keeping the standing side changes nothing, even if the item moved on since', () => {
    expect(applied(disposed, resolve('current'))).toEqual(disposed);
  });

  it('choosing the incoming side applies its value', () => {
    expect(applied(disposed, resolve('incoming'))).toMatchObject({
      verdict: 'ditolak',
      rejectReason: 'hoaks',
      status: 'ditolak',
    });
  });
});
