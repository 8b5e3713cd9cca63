import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/index.ts';
import { ReportSection } from './ReportSection.tsx';
import { TrendChart } from './TrendChart.tsx';
import { TrendTable } from './TrendTable.tsx';

type Props = { dashboard: Dashboard; chartWidth?: number; withTables: boolean };

/** Weekly and monthly trends: charts, and on screen their figures as tables to open items from. */
export function TrendsPanel({ dashboard, chartWidth, withTables }: Props) {
  const { t } = useTranslation();
  const series = [
    { unit: 'week', points: dashboard.weekly },
    { unit: 'month', points: dashboard.monthly },
  ] as const;
  return (
    <ReportSection title={t('reports.trend.title')}>
      {series.map(({ unit, points }) => (
        <div className="report-row" key={unit}>
          <TrendChart points={points} unit={unit} period={dashboard.period} width={chartWidth} />
          {withTables && <TrendTable points={points} unit={unit} period={dashboard.period} />}
        </div>
      ))}
    </ReportSection>
  );
}
