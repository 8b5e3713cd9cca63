import { useTranslation } from 'react-i18next';
import type { TrendUnit } from './reportDrill.ts';
import { useReportFormat } from './useReportFormat.ts';

/** "Minggu 3 Mar 2026" for a week, "Mar 2026" for a month. */
export function useTrendLabel(unit: TrendUnit): (start: string) => string {
  const { t } = useTranslation();
  const format = useReportFormat();
  return (start) =>
    unit === 'week' ? t('reports.trend.weekOf', { day: format.day(start) }) : format.month(start);
}
