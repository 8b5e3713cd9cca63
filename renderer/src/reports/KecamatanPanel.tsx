import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/index.ts';
import { KecamatanGrid } from './KecamatanGrid.tsx';
import { KecamatanTable } from './KecamatanTable.tsx';
import { ReportSection } from './ReportSection.tsx';

/** Where the complaints come from: a table and a rough map of the kecamatan. */
export function KecamatanPanel({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  return (
    <ReportSection title={t('reports.kecamatan.title')}>
      <div className="report-row">
        <KecamatanTable rows={dashboard.kecamatan} period={dashboard.period} />
        <KecamatanGrid rows={dashboard.kecamatan} period={dashboard.period} />
      </div>
    </ReportSection>
  );
}
