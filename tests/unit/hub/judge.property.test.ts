import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intentOf, alreadyHolds } from '../../../hub/sync/intent.ts';
import { judge, type JudgeInput } from '../../../hub/sync/judge.ts';
import {
  applyOperation,
  GROUP_NAMES,
  OPERATION_NAMES,
  STATUSES,
  type GroupVersions,
  type Operation,
} from '../../../shared/index.ts';
import { COMPLAINT_AT, SAMPLE_OP } from '../shared/fixtures.ts';

/*
 * The conflict rules as properties of the pure judge, over every status, every operation (except the
 * resolution, which needs a stored conflict) and random read sets.
 */
const ADMIN = { username: 'admin', role: 'admin', dinasId: null, active: true } as const;
const REFS = { dinas: () => true, category: () => true, complaint: () => true };

const versions = fc.record(
  Object.fromEntries(GROUP_NAMES.map((g) => [g, fc.integer({ min: 0, max: 3 })])) as Record<
    keyof GroupVersions,
    fc.Arbitrary<number>
  >,
);
const status = fc.constantFrom(...STATUSES);
const operation = fc.constantFrom(
  ...OPERATION_NAMES.filter((n) => n !== 'resolve_conflict').map((n) => SAMPLE_OP[n] as Operation),
);

function input(
  state: (typeof COMPLAINT_AT)[keyof typeof COMPLAINT_AT],
  now: GroupVersions,
  read: GroupVersions,
  op: Operation,
): JudgeInput {
  return {
    op: {
      opId: '00000000-0000-4000-8000-000000000001',
      clientSeq: 1,
      complaintId: 'c-1',
      operation: op,
      readSet: read,
      actor: 'admin',
      device: 'pc',
      at: '2026-03-02T08:15:00+07:00',
    },
    actor: ADMIN,
    complaint: { state, versions: now, needsReview: false },
    conflict: null,
    chain: {},
    refs: REFS,
  };
}

describe('the judge', () => {
  it('with an unchanged read set, does exactly what the shared reducer does', () => {
    fc.assert(
      fc.property(status, versions, operation, (s, now, op) => {
        const state = COMPLAINT_AT[s];
        const j = judge(input(state, now, now, op));
        const reduced = applyOperation(state, op);
        if (op.name === 'add_note') expect(j).toEqual({ kind: 'applied', state });
        else if (op.name === 'record_response') expect(j.kind).toBe('applied');
        else if (reduced.ok) expect(j).toEqual({ kind: 'applied', state: reduced.state });
        else expect(j).toMatchObject({ kind: 'rejected', code: reduced.code });
      }),
    );
  });

  it('never applies a guarded decision over a changed group: converged when it already holds, else conflict', () => {
    fc.assert(
      fc.property(status, versions, versions, operation, (s, now, read, op) => {
        const state = COMPLAINT_AT[s];
        const { guards } = intentOf(op);
        const changed = guards.filter((g) => read[g] !== now[g]);
        fc.pre(changed.length > 0);
        const j = judge(input(state, now, read, op));
        expect(j.kind).toBe(alreadyHolds(op, state) ? 'converged' : 'conflict');
        if (j.kind === 'conflict') expect(changed).toContain(j.group);
      }),
    );
  });

  it('never refuses or loses a note or a response, whatever the item went through', () => {
    const appended = fc.constantFrom(SAMPLE_OP.add_note as Operation, SAMPLE_OP.record_response as Operation);
    fc.assert(
      fc.property(status, versions, versions, appended, (s, now, read, op) => {
        expect(judge(input(COMPLAINT_AT[s], now, read, op)).kind).toBe('applied');
      }),
    );
  });
});
