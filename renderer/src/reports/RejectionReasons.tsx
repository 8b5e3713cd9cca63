import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { DeskFigures, ReportPeriod } from '../../../shared/index.ts';
import { drillDown } from '../queue/drill.ts';
import { Figure } from '../queue/Figure.tsx';
import { CHART_COLORS } from './chartColors.ts';
import { deskFilters } from './reportDrill.ts';
import { useReportFormat } from './useReportFormat.ts';

type Props = { reasons: DeskFigures['rejectionReasons']; period: ReportPeriod; width?: number };

/** Why the desk rejected items in the period: a bar per reason and the same counts as a table. */
export function RejectionReasons({ reasons, period, width }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const rows = reasons.map((r) => ({ ...r, label: t(`rejectReason.${r.reason}`) }));
  const open = (index: number) => {
    const row = rows[index];
    if (row === undefined) return;
    const title = t('reports.drill.reason', { reason: row.label });
    drillDown(`reason:${row.reason}`, title, deskFilters.reason(row.reason, period));
  };
  const title = t('reports.desk.reasons');
  if (rows.length === 0) return <p>{t('reports.desk.noRejections')}</p>;
  return (
    <div className="chart-pair">
      <figure className="chart">
        <BarChart
          data={rows}
          layout="vertical"
          width={width ?? '100%'}
          height={40 + rows.length * 32}
          responsive={width === undefined}
          title={title}
          desc={t('reports.desk.reasonsDesc')}
          margin={{ left: 24, right: 16 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => format.count(v)} />
          <YAxis type="category" dataKey="label" width={170} />
          <Tooltip
            formatter={(value) =>
              typeof value === 'number'
                ? t('reports.items', { count: value, formatted: format.count(value) })
                : value
            }
          />
          <Bar
            dataKey="count"
            name={t('reports.desk.rejected')}
            fill={CHART_COLORS.rejected}
            className="chart-drill"
            isAnimationActive={false}
            onClick={(_bar, index) => open(index)}
          />
        </BarChart>
        <figcaption>{title}</figcaption>
      </figure>
      <table>
        <caption>{title}</caption>
        <tbody>
          {rows.map((r, i) => {
            const text = format.count(r.count);
            return (
              <tr key={r.reason}>
                <th scope="row">{r.label}</th>
                <td>
                  <Figure
                    value={text}
                    label={t('reports.figureLabel', {
                      title: t('reports.drill.reason', { reason: r.label }),
                      value: text,
                    })}
                    onOpen={() => open(i)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
