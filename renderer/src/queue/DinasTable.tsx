import { useTranslation } from 'react-i18next';
import { queueFilters, type DinasQueue } from '../../../shared/index.ts';
import { useFormat } from '../i18n/format.ts';
import { useMasterNames } from '../master/master.tsx';
import { drillDown } from './drill.ts';
import { Figure } from './Figure.tsx';

/** Per dinas: items with it, overdue among them, and the one waiting longest (since when). */
export function DinasTable({ rows }: { rows: readonly DinasQueue[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useMasterNames();
  return (
    <table>
      <caption>{t('queue.dinasTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('queue.dinas')}</th>
          <th scope="col">{t('queue.open')}</th>
          <th scope="col">{t('queue.overdue')}</th>
          <th scope="col">{t('queue.oldest')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => {
          const name = names.dinas(d.dinasId) ?? d.dinasId;
          const open = queueFilters.dinasOpen(d.dinasId);
          const openTitle = t('queue.drill.open', { name });
          return (
            <tr key={d.dinasId}>
              <th scope="row">{name}</th>
              <td>
                <Figure
                  value={d.open}
                  label={t('queue.figure', { title: openTitle, count: d.open })}
                  onOpen={() => drillDown(`open:${d.dinasId}`, openTitle, open)}
                />
              </td>
              <td>
                <Figure
                  value={d.overdue}
                  label={t('queue.figure', { title: t('queue.drill.overdue', { name }), count: d.overdue })}
                  onOpen={() =>
                    drillDown(
                      `overdue:${d.dinasId}`,
                      t('queue.drill.overdue', { name }),
                      queueFilters.dinasOverdue(d.dinasId),
                    )
                  }
                />
              </td>
              <td>
                {d.oldest === null ? (
                  t('detail.none')
                ) : (
                  <button
                    type="button"
                    className="figure"
                    onClick={() => d.oldest && drillDown(`open:${d.dinasId}`, openTitle, open, d.oldest.id)}
                  >
                    {format.dateTime(d.oldest.since)}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
