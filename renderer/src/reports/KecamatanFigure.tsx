import { useTranslation } from 'react-i18next';
import type { Dashboard, ReportPeriod } from '../../../shared/index.ts';
import { useMasterNames } from '../master/master.tsx';
import { drillDown } from '../queue/drill.ts';
import { Figure } from '../queue/Figure.tsx';
import { kecamatanFilters } from './reportDrill.ts';
import { useReportFormat } from './useReportFormat.ts';

export const KECAMATAN_COLUMNS = ['received', 'open', 'overdueNow'] as const;
type Column = (typeof KECAMATAN_COLUMNS)[number];

type Props = { row: Dashboard['kecamatan'][number]; column: Column; period: ReportPeriod };

/**
 * One kecamatan count, opening its items. Items without a kecamatan have no inbox filter to open them
 * by, so their counts are plain text.
 */
export function KecamatanFigure({ row, column, period }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const names = useMasterNames();
  const text = format.count(row[column]);
  const id = row.kecamatanId;
  if (id === null) return <span className="figure-plain">{text}</span>;
  const title = t('reports.drill.kecamatan', {
    name: names.kecamatan(id) ?? id,
    metric: t(`reports.kecamatan.${column}`),
  });
  return (
    <Figure
      value={text}
      label={t('reports.figureLabel', { title, value: text })}
      onOpen={() => drillDown(`kecamatan:${column}:${id}`, title, kecamatanFilters(column, id, period))}
    />
  );
}
