import { useTranslation } from 'react-i18next';
import { PrintButton } from './PrintButton.tsx';
import { reportHref, type ReportRoute } from './reportRoute.ts';

/** Above a printable page, never on paper: back to the dashboard, and print or save as PDF. */
export function PrintBar({ route }: { route: ReportRoute }) {
  const { t } = useTranslation();
  return (
    <div className="report-actions no-print" role="group" aria-label={t('reports.actions')}>
      <a className="button secondary" href={reportHref({ ...route, page: 'dashboard' })}>
        {t('reports.back')}
      </a>
      <PrintButton fileName={`saring-${route.page}-${route.period.from}-${route.period.to}.pdf`} />
    </div>
  );
}
