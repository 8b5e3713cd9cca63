import {
  getCoreRowModel,
  useReactTable,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintRow, ComplaintSort } from '../../../shared/index.ts';
import { useShortcut } from '../keyboard/useShortcuts.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { useInboxColumns } from './columns.tsx';
import { GridHeader } from './GridHeader.tsx';
import { InboxRow } from './InboxRow.tsx';
import { fromSorting, toSorting } from './sort.ts';
import type { ComplaintPages } from './useComplaintPages.ts';
import { useRowKeyboard } from './useRowKeyboard.ts';

/** Must match --row-height in inbox.css: rows are one line, so every row has this height. */
const ROW_HEIGHT = 40;
/** Start fetching the next page this many rows before the end of what is loaded. */
const PREFETCH_ROWS = 30;

type Props = {
  pages: ComplaintPages;
  sort: ComplaintSort;
  onSortChange: (sort: ComplaintSort) => void;
  selectedId: string | null;
  onOpen: (row: ComplaintRow) => void;
  /** The rows picked for a bulk action (checkbox, ctrl/cmd-click, shift-click, space), by id. */
  picked: RowSelectionState;
  onPickedChange: (picked: RowSelectionState) => void;
};

export function InboxGrid({ pages, sort, onSortChange, selectedId, onOpen, picked, onPickedChange }: Props) {
  const { t } = useTranslation();
  const columns = useInboxColumns();
  const scroller = useRef<HTMLDivElement>(null);
  const table = useReactTable({
    data: pages.rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualSorting: true,
    enableSortingRemoval: false,
    enableRowSelection: true,
    state: { sorting: toSorting(sort), rowSelection: picked },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) =>
      onPickedChange(typeof updater === 'function' ? updater(picked) : updater),
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(toSorting(sort)) : updater;
      onSortChange(fromSorting(next, sort));
    },
  });
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const open = (index: number) => {
    const row = rows[index];
    if (row) onOpen(row.original);
  };
  /** Where a shift-click range starts: the row last clicked or toggled. */
  const anchor = useRef(0);
  const toggle = (index: number) => {
    anchor.current = index;
    rows[index]?.toggleSelected();
  };
  const pickRange = (index: number) => {
    const [from, to] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
    const range = rows.slice(from, to + 1).map((r) => [r.id, true] as const);
    onPickedChange({ ...picked, ...Object.fromEntries(range) });
  };
  const keyboard = useRowKeyboard(rows.length, virtualizer, scroller, open, toggle);
  const click = (index: number, event: MouseEvent) => {
    if (event.shiftKey) pickRange(index);
    else if (event.ctrlKey || event.metaKey) toggle(index);
    else {
      anchor.current = index;
      keyboard.setActiveIndex(index);
      open(index);
    }
  };
  useShortcut('next', () => keyboard.moveBy(1));
  useShortcut('previous', () => keyboard.moveBy(-1));
  useShortcut('open', () => open(keyboard.activeIndex));
  useShortcut('toggleSelect', () => toggle(keyboard.activeIndex));
  const visible = virtualizer.getVirtualItems();
  const lastVisible = visible.at(-1)?.index ?? -1;
  const { loadMore } = pages;

  useEffect(() => {
    if (lastVisible >= pages.rows.length - PREFETCH_ROWS) loadMore();
  }, [lastVisible, pages.rows.length, loadMore]);

  // A new question starts at the top, not where the previous list was scrolled to.
  useEffect(() => {
    if (pages.rows.length === 0) scroller.current?.scrollTo({ top: 0 });
  }, [pages.rows.length]);

  return (
    <div className="grid-frame">
      <div
        ref={scroller}
        className="grid"
        role="grid"
        aria-label={t('inbox.label')}
        // -1: "unknown" until the last page is in; counts are capped, so they cannot tell.
        aria-rowcount={pages.done ? rows.length + 1 : -1}
      >
        <GridHeader table={table} sort={sort} />
        <div role="rowgroup" className="grid-body" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {visible.map((item) => {
            const row = rows[item.index];
            return row ? (
              <InboxRow
                key={row.id}
                row={row}
                index={item.index}
                top={item.start}
                selected={row.id === selectedId}
                active={item.index === keyboard.activeIndex}
                onOpen={(event) => click(item.index, event)}
                onKeyDown={(e) => keyboard.onRowKeyDown(item.index, e)}
              />
            ) : null;
          })}
        </div>
      </div>
      {pages.error && (
        <div className="grid-error">
          <ErrorMessage error={pages.error} />
          <button type="button" onClick={pages.retry}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {pages.done && rows.length === 0 && <p className="grid-empty">{t('inbox.empty')}</p>}
      {!pages.done && pages.error === null && rows.length === 0 && (
        <p className="grid-empty">{t('inbox.loadingRow')}</p>
      )}
    </div>
  );
}
