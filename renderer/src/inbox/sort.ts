import type { SortingState } from '@tanstack/react-table';
import { SORT_KEYS, type ComplaintSort } from '../../../shared/index.ts';

export const DEFAULT_SORT: ComplaintSort = { by: 'receivedAt', dir: 'desc' };

const isSortKey = (id: string): id is ComplaintSort['by'] => SORT_KEYS.some((k) => k === id);

export const toSorting = (sort: ComplaintSort): SortingState => [{ id: sort.by, desc: sort.dir === 'desc' }];

/** The table's sorting state as the contract's sort; a column without a sort key changes nothing. */
export function fromSorting(sorting: SortingState, previous: ComplaintSort): ComplaintSort {
  const first = sorting[0];
  if (first === undefined || !isSortKey(first.id)) return previous;
  return { by: first.id, dir: first.desc ? 'desc' : 'asc' };
}

export function ariaSort(sort: ComplaintSort, columnId: string, sortable: boolean) {
  if (!sortable) return undefined;
  if (sort.by !== columnId) return 'none';
  return sort.dir === 'asc' ? 'ascending' : 'descending';
}
