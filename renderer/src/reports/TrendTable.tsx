import { useTranslation } from 'react-i18next';
import type { ReportPeriod, TrendPoint } from '../../../shared/index.ts';
import { drillDown } from '../queue/drill.ts';
import { Figure } from '../queue/Figure.tsx';
import { trendFilters, type TrendUnit } from './reportDrill.ts';
import { useReportFormat } from './useReportFormat.ts';
import { useTrendLabel } from './useTrendLabel.ts';

type Props = { points: readonly TrendPoint[]; unit: TrendUnit; period: ReportPeriod };

/** The chart's figures as a table: readable without the chart, and each count opens its items. */
export function TrendTable({ points, unit, period }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const labelOf = useTrendLabel(unit);
  return (
    <table className="trend-table">
      <caption>{t(`reports.trend.${unit}Title`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(`reports.trend.${unit}`)}</th>
          <th scope="col">{t('reports.trend.received')}</th>
          <th scope="col">{t('reports.trend.responded')}</th>
          <th scope="col">{t('reports.trend.responseMedianHours')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => {
          const bucket = labelOf(p.start);
          // The median is taken over the items answered in the bucket: it opens those items too.
          const cells = [
            { series: 'received', text: format.count(p.received) },
            { series: 'responded', text: format.count(p.responded) },
            { series: 'responded', text: format.hours(p.responseMedianHours) },
          ] as const;
          return (
            <tr key={p.start}>
              <th scope="row">{bucket}</th>
              {cells.map(({ series, text }, i) => {
                const title = t(`reports.drill.trend.${series}`, { bucket });
                return (
                  <td key={i}>
                    <Figure
                      value={text}
                      label={t('reports.figureLabel', { title, value: text })}
                      onOpen={() =>
                        drillDown(
                          `trend:${series}:${p.start}`,
                          title,
                          trendFilters(series, p.start, unit, period),
                        )
                      }
                    />
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
