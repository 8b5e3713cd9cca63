import type { RowSelectionState } from '@tanstack/react-table';
import { useState } from 'react';
import type { ComplaintRow } from '../../../shared/index.ts';
import type { Picked } from './BulkBar.tsx';

/**
 * The rows picked for a bulk action, for one question (filters + sort): a new question starts with
 * nothing picked. A reload for the same question keeps the picks, so a finished run's result stays.
 */
export function usePicked(question: string, rows: readonly ComplaintRow[]) {
  const [state, setState] = useState<{ question: string; picked: RowSelectionState }>({
    question,
    picked: {},
  });
  const picked = state.question === question ? state.picked : {};
  const setPicked = (next: RowSelectionState) => setState({ question, picked: next });
  const caseNos = new Map(rows.map((r) => [r.id, r.caseNo]));
  const list: Picked[] = Object.keys(picked)
    .filter((id) => picked[id] === true)
    .map((id) => ({ id, caseNo: caseNos.get(id) ?? id }));
  return { picked, setPicked, list, clear: () => setPicked({}) };
}
