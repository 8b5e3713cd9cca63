import { useTranslation } from 'react-i18next';
import type { Dashboard, DinasFigures } from '../../../shared/index.ts';
import { useMasterNames } from '../master/master.tsx';
import { OldestOpen } from './OldestOpen.tsx';
import { ReportSection } from './ReportSection.tsx';
import { useReportFormat } from './useReportFormat.ts';

const byDesc = (key: 'responded' | 'overdueNow') => (a: DinasFigures, b: DinasFigures) => b[key] - a[key];

/**
 * The page leadership gets each week (Bandung's desk sends such a list): which dinas followed up, which
 * are late, and the oldest open items. Plain sentences, meant to be printed.
 */
export function WeeklySummary({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const names = useMasterNames();
  const nameOf = (id: string) => names.dinas(id) ?? id;
  const followedUp = dashboard.dinas.filter((d) => d.responded > 0).sort(byDesc('responded'));
  const late = dashboard.dinas.filter((d) => d.overdueNow > 0).sort(byDesc('overdueNow'));
  const silent = dashboard.dinas.filter((d) => d.responded === 0 && d.openBacklog > 0);
  return (
    <>
      <ReportSection title={t('reports.weekly.followedUp')}>
        {followedUp.length === 0 ? (
          <p>{t('reports.weekly.none')}</p>
        ) : (
          <ul>
            {followedUp.map((d) => (
              <li key={d.dinasId}>
                {t('reports.weekly.followedUpLine', {
                  name: nameOf(d.dinasId),
                  responded: format.count(d.responded),
                  median: format.hours(d.responseMedianHours),
                  share: format.share(d.withinDeadlineShare),
                })}
              </li>
            ))}
          </ul>
        )}
        {silent.length > 0 && (
          <p>{t('reports.weekly.silent', { names: silent.map((d) => nameOf(d.dinasId)).join(', ') })}</p>
        )}
      </ReportSection>
      <ReportSection title={t('reports.weekly.late')}>
        {late.length === 0 ? (
          <p>{t('reports.weekly.noneLate')}</p>
        ) : (
          <ol>
            {late.map((d) => (
              <li key={d.dinasId}>
                {t('reports.weekly.lateLine', {
                  name: nameOf(d.dinasId),
                  overdue: format.count(d.overdueNow),
                })}
              </li>
            ))}
          </ol>
        )}
      </ReportSection>
      <ReportSection title={t('reports.weekly.oldestTitle')}>
        <OldestOpen />
      </ReportSection>
    </>
  );
}
