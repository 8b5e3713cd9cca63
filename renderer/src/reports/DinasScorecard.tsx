import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DinasFigures, ReportPeriod } from '../../../shared/index.ts';
import { rankDinas } from './ranking.ts';
import { SortHeader } from './SortHeader.tsx';
import { useScorecardColumns } from './useScorecardColumns.tsx';

/** Opens ranked, best first; any column header sorts by that figure instead. */
const BY_RANK: SortingState = [{ id: 'rank', desc: false }];

/** Per dinas, every figure of the period, sortable, with each dinas's place in the ranking. */
export function DinasScorecard({ rows, period }: { rows: readonly DinasFigures[]; period: ReportPeriod }) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(BY_RANK);
  const ranks = useMemo(() => rankDinas(rows), [rows]);
  const columns = useScorecardColumns(period, ranks);
  const data = useMemo(() => [...rows], [rows]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row) => row.dinasId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableSortingRemoval: false,
  });
  return (
    <div className="table-scroll">
      <table className="scorecard">
        {/* The section's heading shows the same words; the caption names the table for screen readers. */}
        <caption className="visually-hidden">{t('reports.dinas.title')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) =>
                cell.column.id === 'dinas' ? (
                  <th scope="row" key={cell.id}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </th>
                ) : (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
