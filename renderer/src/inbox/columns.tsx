import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintRow } from '../../../shared/index.ts';
import { useFormat } from '../i18n/format.ts';
import { useMasterNames } from '../master/master.tsx';
import { RowFlag } from '../flags/RowFlag.tsx';
import { topRisk } from '../flags/level.ts';
import { DeadlineText } from '../ui/DeadlineText.tsx';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { PickBox } from './PickBox.tsx';

const column = createColumnHelper<ComplaintRow>();

/** Enough text for one line at any window width; the full text is in the detail panel. */
const EXCERPT_LENGTH = 240;

/**
 * The inbox columns. Sortable columns carry the contract's sort key as their id, so the table's
 * sorting state maps one to one onto `complaints.list`'s sort. Accessors return raw values (the table
 * caches them per row); only `cell` translates, so a language switch relabels the rows already loaded.
 */
export function useInboxColumns(): ColumnDef<ComplaintRow, string>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useMasterNames();
  return useMemo(
    () => [
      column.accessor('id', {
        id: 'pick',
        header: () => <span className="visually-hidden">{t('bulk.pickColumn')}</span>,
        enableSorting: false,
        cell: (c) => <PickBox row={c.row} />,
      }),
      column.accessor('caseNo', { id: 'caseNo', header: t('inbox.columns.caseNo') }),
      column.accessor('receivedAt', {
        id: 'receivedAt',
        header: t('inbox.columns.receivedAt'),
        cell: (c) => format.dateTime(c.getValue()),
        sortDescFirst: true,
      }),
      column.accessor((row): string => row.channel, {
        id: 'channel',
        header: t('inbox.columns.channel'),
        cell: (c) => t(`channel.${c.row.original.channel}`),
      }),
      column.accessor('authorHandle', {
        id: 'author',
        header: t('inbox.columns.author'),
        enableSorting: false,
      }),
      column.accessor((row) => row.text.slice(0, EXCERPT_LENGTH), {
        id: 'text',
        header: t('inbox.columns.text'),
        enableSorting: false,
      }),
      column.accessor((row) => row.kecamatanId ?? '', {
        id: 'kecamatanId',
        header: t('inbox.columns.kecamatan'),
        cell: (c) => names.kecamatan(c.row.original.kecamatanId),
      }),
      column.accessor((row) => row.categoryId ?? '', {
        id: 'category',
        header: t('inbox.columns.category'),
        enableSorting: false,
        cell: (c) => names.category(c.row.original.categoryId),
      }),
      column.accessor((row): string => row.status, {
        id: 'status',
        header: t('inbox.columns.status'),
        cell: (c) => <StatusBadge status={c.row.original.status} />,
      }),
      column.accessor((row) => row.deadline?.dueAt ?? '', {
        id: 'deadline',
        header: t('inbox.columns.deadline'),
        enableSorting: false,
        cell: (c) => <DeadlineText deadline={c.row.original.deadline} />,
      }),
      column.accessor((row) => (row.flag ? String(topRisk(row.flag).score) : ''), {
        id: 'flag',
        header: t('flags.column'),
        sortDescFirst: true,
        cell: (c) => <RowFlag flag={c.row.original.flag ?? null} />,
      }),
    ],
    [t, format, names],
  );
}
