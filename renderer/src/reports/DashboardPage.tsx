import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/index.ts';
import { call } from '../api/client.ts';
import { DownloadButton } from '../ui/DownloadButton.tsx';
import { saveExportFile } from '../ui/saveFile.ts';
import { DeskPanel } from './DeskPanel.tsx';
import { DinasScorecard } from './DinasScorecard.tsx';
import { KecamatanPanel } from './KecamatanPanel.tsx';
import { ReportSection } from './ReportSection.tsx';
import { reportHref, type ReportRoute } from './reportRoute.ts';
import { TrendsPanel } from './TrendsPanel.tsx';
import { weekEnding } from './period.ts';

/** The interactive dashboard: every figure opens its items; the exports and printable pages start here. */
export function DashboardPage({ dashboard, route }: { dashboard: Dashboard; route: ReportRoute }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="report-actions" role="group" aria-label={t('reports.actions')}>
        <DownloadButton
          label={t('reports.export.dashboard')}
          busyLabel={t('reports.export.busy')}
          make={() => call('exports.dashboardXlsx', { period: route.period })}
          save={saveExportFile}
        />
        <a
          className="button secondary"
          href={reportHref({ page: 'weekly', period: weekEnding(route.period.to) })}
        >
          {t('reports.weekly.open')}
        </a>
        <a className="button secondary" href={reportHref({ ...route, page: 'print' })}>
          {t('reports.print.open')}
        </a>
      </div>
      <ReportSection title={t('reports.dinas.title')}>
        <p className="caption-note">{t('reports.dinas.rankRule')}</p>
        <DinasScorecard rows={dashboard.dinas} period={dashboard.period} />
      </ReportSection>
      <TrendsPanel dashboard={dashboard} withTables />
      <DeskPanel desk={dashboard.desk} period={dashboard.period} />
      <KecamatanPanel dashboard={dashboard} />
    </>
  );
}
