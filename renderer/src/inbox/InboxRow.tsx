import { flexRender, type Row } from '@tanstack/react-table';
import type { KeyboardEvent, MouseEvent } from 'react';
import { isLate, type ComplaintRow } from '../../../shared/index.ts';

type Props = {
  row: Row<ComplaintRow>;
  index: number;
  top: number;
  selected: boolean;
  active: boolean;
  /** A plain click opens the row; with ctrl/cmd or shift it selects (see InboxGrid). */
  onOpen: (event: MouseEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
};

export function InboxRow({ row, index, top, selected, active, onOpen, onKeyDown }: Props) {
  return (
    <div
      role="row"
      // Late rows stand out in every list: a left border here, the words in the Tenggat cell.
      className={`grid-row body-row${isLate(row.original.deadline) ? ' late' : ''}${row.getIsSelected() ? ' picked' : ''}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      data-index={index}
      // Virtualisation positions rows through the CSSOM (allowed by the CSP, unlike style attributes).
      style={{ transform: `translateY(${top}px)` }}
      onClick={onOpen}
      onKeyDown={onKeyDown}
    >
      {row.getVisibleCells().map((cell) => (
        <div role="gridcell" key={cell.id} className={`cell cell-${cell.column.id}`}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </div>
  );
}
