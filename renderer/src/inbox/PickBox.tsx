import type { Row } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { ComplaintRow } from '../../../shared/index.ts';

/** The row's checkbox for bulk actions; its click picks the row without opening it. */
export function PickBox({ row }: { row: Row<ComplaintRow> }) {
  const { t } = useTranslation();
  return (
    <input
      type="checkbox"
      aria-label={t('bulk.pickRow', { caseNo: row.original.caseNo })}
      checked={row.getIsSelected()}
      tabIndex={-1}
      onClick={(e) => e.stopPropagation()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}
