import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPeriod } from '../../../shared/index.ts';
import { useMasterNames } from '../master/master.tsx';
import type { ReportPage } from './reportRoute.ts';
import { useReportFormat } from './useReportFormat.ts';

/** The page's title with the city and the period it covers: a printed page must say both. */
export function ReportHeading({ page, period, id }: { page: ReportPage; period: ReportPeriod; id: string }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const { master } = useMasterNames();
  const periodId = useId();
  return (
    <header className="report-heading">
      <h2 id={id} aria-describedby={periodId}>
        {t(`reports.${page}.title`)} · {master.city.name}
      </h2>
      <p id={periodId}>
        {t('reports.periodLine', { from: format.day(period.from), to: format.day(period.to) })}
      </p>
    </header>
  );
}
