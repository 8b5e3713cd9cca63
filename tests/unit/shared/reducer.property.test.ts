import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyOperation,
  ComplaintState,
  nextStatus,
  Operation,
  STATUSES,
  type Status,
} from '../../../shared/index.ts';
import { complaintStateArb, operationArb } from './arbitraries.ts';
import { NEW_COMPLAINT } from './fixtures.ts';

const AT_DESK: readonly Status[] = ['baru', 'ditunda'];
const VERIFIED_LINE: readonly Status[] = [
  'terverifikasi',
  'didisposisikan',
  'diproses',
  'ditindaklanjuti',
  'selesai',
];
const DISPOSED_LINE: readonly Status[] = ['didisposisikan', 'diproses', 'ditindaklanjuti', 'selesai'];

/**
 * What must hold in every state the lifecycle can reach, each traced to product.md ("Lifecycle of a
 * complaint"). The verdict's companions (reason, responsible party, master) exist exactly when that
 * verdict does: a stale one would show, for example, a rejection reason on a complaint the desk has
 * since verified, and count it in the supervisors' rejection-reason figures.
 */
const INVARIANTS: ReadonlyArray<readonly [string, (s: ComplaintState) => boolean]> = [
  // "Tolak with a reason"
  ['ditolak ⇒ verdict ditolak', (s) => s.status !== 'ditolak' || s.verdict === 'ditolak'],
  // "Bukan wewenang: record who is"
  [
    'bukan_wewenang ⇒ verdict bukan_wewenang',
    (s) => s.status !== 'bukan_wewenang' || s.verdict === 'bukan_wewenang',
  ],
  // "Duplikat: merge into an earlier complaint"
  ['duplikat ⇒ verdict duplikat', (s) => s.status !== 'duplikat' || s.verdict === 'duplikat'],
  // "baru (received, unverified) → moderator decides"
  ['baru/ditunda ⇒ verdict belum', (s) => !AT_DESK.includes(s.status) || s.verdict === 'belum'],
  // "Verifikasi: choose its type, its category" and "Verified items are disposed"
  [
    'verified line ⇒ verdict valid with type and category',
    (s) =>
      !VERIFIED_LINE.includes(s.status) ||
      (s.verdict === 'valid' && s.type !== null && s.categoryId !== null),
  ],
  // "disposed (disposisi) to one dinas"
  ['disposed line ⇒ a dinas', (s) => !DISPOSED_LINE.includes(s.status) || s.dinasId !== null],
  ['rejectReason set ⇔ verdict ditolak', (s) => (s.rejectReason !== null) === (s.verdict === 'ditolak')],
  [
    'responsibleParty set ⇔ verdict bukan_wewenang',
    (s) => (s.responsibleParty !== null) === (s.verdict === 'bukan_wewenang'),
  ],
  ['masterId set ⇔ verdict duplikat', (s) => (s.masterId !== null) === (s.verdict === 'duplikat')],
];

const broken = (state: ComplaintState): string[] =>
  INVARIANTS.filter(([, holds]) => !holds(state)).map(([name]) => name);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('the arbitraries', () => {
  it('produce values the schemas accept unchanged', () => {
    fc.assert(
      fc.property(complaintStateArb, operationArb, (state, op) => {
        expect(ComplaintState.parse(state)).toEqual(state);
        expect(Operation.parse(op)).toEqual(op);
      }),
    );
  });
});

describe('applyOperation on any valid state and operation', () => {
  it('never throws, and agrees with the state machine', () => {
    fc.assert(
      fc.property(complaintStateArb, operationArb, (state, op) => {
        const result = applyOperation(state, op);
        const status = nextStatus(state, op.name);
        if (result.ok) {
          expect(ComplaintState.safeParse(result.state).success).toBe(true);
          expect(result.state.status).toBe(status);
        } else {
          expect(['invalid_transition', 'invalid_operation']).toContain(result.code);
          expect(result.message.length).toBeGreaterThan(0);
          // invalid_transition exactly when the lifecycle forbids the step, whatever the arguments.
          expect(result.code === 'invalid_transition').toBe(status === null);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('is pure: leaves its inputs alone and answers the same every time', () => {
    fc.assert(
      fc.property(complaintStateArb, operationArb, (state, op) => {
        const stateBefore = structuredClone(state);
        const opBefore = structuredClone(op);
        // Frozen inputs make any mutation throw (ES modules run in strict mode).
        const first = applyOperation(deepFreeze(state), deepFreeze(op));
        expect(applyOperation(state, op)).toEqual(first);
        expect(state).toEqual(stateBefore);
        expect(op).toEqual(opBefore);
      }),
    );
  });
});

describe('every state reachable from a new complaint', () => {
  it('keeps verdict and status consistent', () => {
    const seen = new Set<Status>();
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 60, size: 'max' }), (ops) => {
        let state = NEW_COMPLAINT;
        const trail: string[] = [];
        for (const op of ops) {
          const result = applyOperation(state, op);
          if (!result.ok) continue;
          state = result.state;
          trail.push(`${op.name} → ${state.status}`);
          seen.add(state.status);
          expect(broken(state), trail.join(', ')).toEqual([]);
        }
      }),
      { numRuns: 1_000 },
    );
    // Guards against a vacuous pass: random walks must actually reach every status.
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });
});
