import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/index.ts';
import { PRINT_CHART_WIDTH } from './chartColors.ts';
import { DeskPanel } from './DeskPanel.tsx';
import { KecamatanTable } from './KecamatanTable.tsx';
import { PrintDinasTable } from './PrintDinasTable.tsx';
import { rankDinas } from './ranking.ts';
import { ReportSection } from './ReportSection.tsx';
import { TrendsPanel } from './TrendsPanel.tsx';

/**
 * The A4 report for the mayor's office: the dinas figures in two tables that fit the page width, the
 * trends and desk charts at a fixed print width, and the kecamatan table. Print CSS does the paging.
 */
export function PrintReport({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const ranks = useMemo(() => rankDinas(dashboard.dinas), [dashboard.dinas]);
  return (
    <>
      <ReportSection title={t('reports.dinas.title')}>
        <p className="caption-note">{t('reports.dinas.rankRule')}</p>
        <PrintDinasTable rows={dashboard.dinas} group="volume" ranks={ranks} />
        <PrintDinasTable rows={dashboard.dinas} group="speed" ranks={ranks} />
      </ReportSection>
      <TrendsPanel dashboard={dashboard} chartWidth={PRINT_CHART_WIDTH} withTables={false} />
      <DeskPanel desk={dashboard.desk} period={dashboard.period} chartWidth={PRINT_CHART_WIDTH} />
      <ReportSection title={t('reports.kecamatan.title')}>
        <KecamatanTable rows={dashboard.kecamatan} period={dashboard.period} />
      </ReportSection>
    </>
  );
}
