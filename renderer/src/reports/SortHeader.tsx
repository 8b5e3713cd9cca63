import { flexRender, type Header } from '@tanstack/react-table';
import { SORT_ARROWS } from '../inbox/GridHeader.tsx';

/** A column header; a sortable one is a button whose state screen readers hear through aria-sort. */
export function SortHeader<Row>({ header }: { header: Header<Row, unknown> }) {
  const label = flexRender(header.column.columnDef.header, header.getContext());
  if (!header.column.getCanSort()) return <th scope="col">{label}</th>;
  const sorted = header.column.getIsSorted();
  const state = sorted === false ? 'none' : sorted === 'asc' ? 'ascending' : 'descending';
  return (
    <th scope="col" aria-sort={state}>
      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
        {label}
        <span aria-hidden="true" className={`sort-arrow sort-${state}`}>
          {SORT_ARROWS[state]}
        </span>
      </button>
    </th>
  );
}
