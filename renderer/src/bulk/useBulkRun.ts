import { useCallback, useState } from 'react';
import type { ApiError, BulkItemResult, Operation } from '../../../shared/index.ts';
import { call } from '../api/client.ts';

/** Items per call: small enough that progress moves often and the desk never waits on one long write. */
export const BULK_CHUNK = 200;

export type Refusal = Extract<BulkItemResult, { ok: false }>;

export type BulkProgress = {
  operation: Operation['name'];
  total: number;
  done: number;
  applied: number;
  refused: Refusal[];
  running: boolean;
  /** A whole chunk failed (connection, session): the rest was not attempted. */
  failure: ApiError | null;
};

/**
 * Runs one operation over many complaints in chunks, one call each, updating the progress between
 * chunks: each await gives the page a frame, so the UI stays responsive through 10,000 items.
 */
export function useBulkRun(onFinished: () => void) {
  const [progress, setProgress] = useState<BulkProgress | null>(null);

  const run = useCallback(
    async (ids: readonly string[], operation: Operation) => {
      let state: BulkProgress = {
        operation: operation.name,
        total: ids.length,
        done: 0,
        applied: 0,
        refused: [],
        running: true,
        failure: null,
      };
      setProgress(state);
      for (let i = 0; i < ids.length; i += BULK_CHUNK) {
        const chunk = ids.slice(i, i + BULK_CHUNK);
        const result = await call('complaints.applyMany', { complaintIds: chunk, operation });
        if (!result.ok) {
          state = { ...state, failure: result.error };
          break;
        }
        const refused = result.value.results.filter((r): r is Refusal => !r.ok);
        state = {
          ...state,
          done: state.done + chunk.length,
          applied: state.applied + chunk.length - refused.length,
          refused: [...state.refused, ...refused],
        };
        setProgress(state);
      }
      setProgress({ ...state, running: false });
      onFinished();
    },
    [onFinished],
  );

  return { progress, run, dismiss: () => setProgress(null) };
}
