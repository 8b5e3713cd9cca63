import { createColumnHelper, type ColumnDef, type SortingFn } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DinasFigures, ReportPeriod } from '../../../shared/index.ts';
import { useMasterNames } from '../master/master.tsx';
import { drillDown } from '../queue/drill.ts';
import { Figure } from '../queue/Figure.tsx';
import { DINAS_METRICS } from './dinasMetrics.ts';
import { nullsLast } from './ranking.ts';
import { dinasFilters } from './reportDrill.ts';
import { useReportFormat } from './useReportFormat.ts';

const column = createColumnHelper<DinasFigures>();

/** "No data" stays at the bottom whichever way a column is sorted. */
const byValueNullsLast: SortingFn<DinasFigures> = (a, b, id) => {
  const x = a.getValue<number | null>(id);
  const y = b.getValue<number | null>(id);
  return nullsLast(x, y);
};

/**
 * The scorecard's columns: the place in the ranking, the dinas, then one column per figure. Each figure
 * is a button that opens the inbox on the items behind it.
 */
export function useScorecardColumns(
  period: ReportPeriod,
  ranks: ReadonlyMap<string, number>,
): ColumnDef<DinasFigures, number | null>[] {
  const { t } = useTranslation();
  const format = useReportFormat();
  const names = useMasterNames();
  return useMemo(() => {
    const nameOf = (id: string) => names.dinas(id) ?? id;
    return [
      column.accessor((row) => ranks.get(row.dinasId) ?? null, {
        id: 'rank',
        header: t('reports.dinas.rank'),
        sortingFn: byValueNullsLast,
        sortDescFirst: false,
        cell: (c) => format.count(c.getValue() ?? 0),
      }),
      column.display({
        id: 'dinas',
        header: t('reports.dinas.name'),
        cell: (c) => nameOf(c.row.original.dinasId),
      }),
      ...DINAS_METRICS.map(({ key, kind }) =>
        column.accessor((row) => row[key], {
          id: key,
          header: t(`reports.metric.${key}`),
          sortingFn: byValueNullsLast,
          sortDescFirst: true,
          cell: (c) => {
            const { dinasId } = c.row.original;
            const name = nameOf(dinasId);
            const text = format.figure(kind, c.getValue());
            const title = t('reports.drill.dinas', { name, what: t(`reports.drill.metric.${key}`) });
            const label = t('reports.figure', { name, metric: t(`reports.metric.${key}`), value: text });
            return (
              <Figure
                value={text}
                label={label}
                onOpen={() =>
                  drillDown(`report:${key}:${dinasId}`, title, dinasFilters(key, dinasId, period))
                }
              />
            );
          },
        }),
      ),
    ];
  }, [t, format, names, ranks, period]);
}
