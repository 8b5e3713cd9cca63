import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportPeriod, TrendPoint } from '../../../shared/index.ts';
import { drillDown } from '../queue/drill.ts';
import { CHART_COLORS } from './chartColors.ts';
import { trendFilters, type TrendUnit } from './reportDrill.ts';
import { useReportFormat } from './useReportFormat.ts';
import { useTrendLabel } from './useTrendLabel.ts';

type Props = { points: readonly TrendPoint[]; unit: TrendUnit; period: ReportPeriod; width?: number };

const HEIGHT = 260;

/**
 * Received and answered items per week or month (bars) and the median working hours to the first
 * response (line). Hovering shows each value with its unit; clicking a bar opens its items.
 */
export function TrendChart({ points, unit, period, width }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const labelOf = useTrendLabel(unit);
  const data = points.map((p) => ({ ...p, label: labelOf(p.start) }));
  const drill = (series: 'received' | 'responded', index: number) => {
    const point = points[index];
    if (point === undefined) return;
    const title = t(`reports.drill.trend.${series}`, { bucket: labelOf(point.start) });
    drillDown(`trend:${series}:${point.start}`, title, trendFilters(series, point.start, unit, period));
  };
  const title = t(`reports.trend.${unit}Title`);
  return (
    <figure className="chart">
      <ComposedChart
        data={data}
        width={width ?? '100%'}
        height={HEIGHT}
        responsive={width === undefined}
        title={title}
        desc={t('reports.trend.desc')}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis yAxisId="count" allowDecimals={false} tickFormatter={(v: number) => format.count(v)} />
        <YAxis yAxisId="hours" orientation="right" tickFormatter={(v: number) => format.count(v)} />
        <Tooltip
          formatter={(value, _name, item) =>
            typeof value !== 'number'
              ? t('reports.noData')
              : item.dataKey === 'responseMedianHours'
                ? format.hours(value)
                : t('reports.items', { count: value, formatted: format.count(value) })
          }
        />
        <Legend />
        {(['received', 'responded'] as const).map((series) => (
          <Bar
            key={series}
            yAxisId="count"
            dataKey={series}
            name={t(`reports.trend.${series}`)}
            fill={CHART_COLORS[series]}
            className="chart-drill"
            isAnimationActive={false}
            onClick={(_bar, index) => drill(series, index)}
          />
        ))}
        <Line
          yAxisId="hours"
          dataKey="responseMedianHours"
          name={t('reports.trend.responseMedianHours')}
          stroke={CHART_COLORS.hours}
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
