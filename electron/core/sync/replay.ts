import {
  applyOperation,
  bumpVersions,
  stateDiff,
  type ComplaintState,
  type GroupVersions,
  type Operation,
} from '../../../shared/index.ts';

export type Replayed = {
  state: ComplaintState;
  versions: GroupVersions;
  /** Indexes of the operations the reducer refuses on this base: they stay pending; the hub judges them. */
  refused: number[];
};

/**
 * The UI's view of a complaint: the hub's state with this desk's unacknowledged operations applied in
 * order by the shared reducer, each bumping its groups' versions as the hub will when it applies them
 * (so a later operation's read set matches the hub's versions unless someone else got there first).
 */
export function replay(base: ComplaintState, versions: GroupVersions, ops: readonly Operation[]): Replayed {
  let state = base;
  let current = versions;
  const refused: number[] = [];
  ops.forEach((op, i) => {
    const result = applyOperation(state, op);
    if (!result.ok) {
      refused.push(i);
      return;
    }
    current = bumpVersions(current, stateDiff(state, result.state).after);
    state = result.state;
  });
  return { state, versions: current, refused };
}
