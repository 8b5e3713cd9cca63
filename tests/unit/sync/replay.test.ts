import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyOperation,
  GROUP_NAMES,
  versionsAt,
  type ComplaintState,
  type Operation,
} from '../../../shared/index.ts';
import { replay } from '../../../electron/core/sync/replay.ts';
import { backoffDelay } from '../../../electron/core/sync/backoff.ts';
import { anyOperation, anyState } from './arbitraries.ts';

const zeroVersions = versionsAt(0);

/** The reducer applied in order, refusals skipped: what a replay must equal. */
function fold(state: ComplaintState, ops: readonly Operation[]): ComplaintState {
  return ops.reduce((s, op) => {
    const r = applyOperation(s, op);
    return r.ok ? r.state : s;
  }, state);
}

describe('rebase replay', () => {
  it('equals the reducer applied in order over any base, and accounts for every operation', () => {
    fc.assert(
      fc.property(anyState, fc.array(anyOperation, { maxLength: 12 }), (base, ops) => {
        const replayed = replay(base, zeroVersions, ops);
        expect(replayed.state).toEqual(fold(base, ops));
        // Refused operations are named, never dropped: the caller keeps them pending for the hub.
        for (const i of replayed.refused)
          expect(applyOperation(fold(base, ops.slice(0, i)), ops[i] as Operation).ok).toBe(false);
        expect(replayed.refused.every((i) => i >= 0 && i < ops.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('moves each group version once per operation that changed it, never backwards', () => {
    fc.assert(
      fc.property(anyState, fc.array(anyOperation, { maxLength: 12 }), (base, ops) => {
        const { versions, refused } = replay(base, zeroVersions, ops);
        const applied = ops.length - refused.length;
        for (const g of GROUP_NAMES) {
          expect(versions[g]).toBeGreaterThanOrEqual(0);
          expect(versions[g]).toBeLessThanOrEqual(applied);
        }
      }),
    );
  });

  it('replays a prefix then the rest the same as all at once (a pull between two local edits)', () => {
    fc.assert(
      fc.property(anyState, fc.array(anyOperation, { maxLength: 10 }), fc.nat(10), (base, ops, cut) => {
        const whole = replay(base, zeroVersions, ops);
        const first = replay(base, zeroVersions, ops.slice(0, cut));
        const rest = replay(first.state, first.versions, ops.slice(cut));
        expect(rest.state).toEqual(whole.state);
        expect(rest.versions).toEqual(whole.versions);
      }),
    );
  });
});

describe('backoff', () => {
  it('doubles up to the cap with jitter inside [ceiling/2, ceiling]', () => {
    const policy = { baseMs: 1_000, capMs: 60_000 };
    expect(backoffDelay(1, policy, () => 0)).toBe(500);
    expect(backoffDelay(1, policy, () => 1)).toBe(1_000);
    expect(backoffDelay(4, policy, () => 1)).toBe(8_000);
    expect(backoffDelay(30, policy, () => 1)).toBe(60_000);
    expect(backoffDelay(30, policy, () => 0)).toBe(30_000);
  });
});
