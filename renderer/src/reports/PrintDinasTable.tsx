import { useTranslation } from 'react-i18next';
import type { DinasFigures } from '../../../shared/index.ts';
import { useMasterNames } from '../master/master.tsx';
import { DINAS_METRICS, type MetricGroup } from './dinasMetrics.ts';
import { useReportFormat } from './useReportFormat.ts';

type Props = { rows: readonly DinasFigures[]; group: MetricGroup; ranks: ReadonlyMap<string, number> };

/** One group of the dinas figures for paper: full names, ranked order, no buttons. */
export function PrintDinasTable({ rows, group, ranks }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const { master } = useMasterNames();
  const fullName = (id: string) => master.dinas.find((d) => d.id === id)?.name ?? id;
  const metrics = DINAS_METRICS.filter((m) => m.group === group);
  const ranked = [...rows].sort((a, b) => (ranks.get(a.dinasId) ?? 0) - (ranks.get(b.dinasId) ?? 0));
  return (
    <table className="print-table">
      <caption>{t(`reports.print.${group}`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.dinas.rank')}</th>
          <th scope="col">{t('reports.dinas.name')}</th>
          {metrics.map((m) => (
            <th scope="col" key={m.key}>
              {t(`reports.metric.${m.key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ranked.map((row) => (
          <tr key={row.dinasId}>
            <td>{format.count(ranks.get(row.dinasId) ?? 0)}</td>
            <th scope="row">{fullName(row.dinasId)}</th>
            {metrics.map((m) => (
              <td key={m.key}>{format.figure(m.kind, row[m.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
