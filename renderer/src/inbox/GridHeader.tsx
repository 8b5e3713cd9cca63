import { flexRender, type Table } from '@tanstack/react-table';
import type { ComplaintRow, ComplaintSort } from '../../../shared/index.ts';
import { ariaSort } from './sort.ts';

/** The arrow a sortable header shows for its aria-sort state (the report tables use them too). */
export const SORT_ARROWS = { ascending: '▲', descending: '▼', none: '↕' } as const;

/** Column headers; a sortable one is a button whose state screen readers hear through aria-sort. */
export function GridHeader({ table, sort }: { table: Table<ComplaintRow>; sort: ComplaintSort }) {
  return (
    <div role="rowgroup" className="grid-head">
      {table.getHeaderGroups().map((group) => (
        <div role="row" className="grid-row" aria-rowindex={1} key={group.id}>
          {group.headers.map((header) => {
            const label = flexRender(header.column.columnDef.header, header.getContext());
            const sortable = header.column.getCanSort();
            const state = ariaSort(sort, header.column.id, sortable);
            return (
              <div
                role="columnheader"
                key={header.id}
                aria-sort={state}
                className={`cell cell-${header.column.id}`}
              >
                {state === undefined ? (
                  label
                ) : (
                  <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                    {label}
                    <span aria-hidden="true" className={`sort-arrow sort-${state}`}>
                      {SORT_ARROWS[state]}
                    </span>
                  </button>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
