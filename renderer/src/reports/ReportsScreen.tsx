import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { missingCase, type Dashboard } from '../../../shared/index.ts';
import { useCall } from '../api/useCall.ts';
import { useFormat } from '../i18n/format.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { DashboardPage } from './DashboardPage.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { PrintBar } from './PrintBar.tsx';
import { PrintReport } from './PrintReport.tsx';
import { ReportHeading } from './ReportHeading.tsx';
import { goToReport, useReportRoute, type ReportRoute } from './reportRoute.ts';
import { WeeklySummary } from './WeeklySummary.tsx';

function ReportPage({ route, dashboard }: { route: ReportRoute; dashboard: Dashboard }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage route={route} dashboard={dashboard} />;
    case 'weekly':
      return <WeeklySummary dashboard={dashboard} />;
    case 'print':
      return <PrintReport dashboard={dashboard} />;
    default:
      return missingCase(route.page);
  }
}

/**
 * The supervisors' reports: the dinas performance dashboard, and its two printable pages (the weekly
 * summary for leadership, the A4 report). The address keeps which page and which period.
 */
export function ReportsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const route = useReportRoute();
  const dashboard = useCall('reports.dashboard', { period: route.period });
  return (
    <main className={`reports reports-${route.page}`} aria-labelledby={titleId}>
      <ReportHeading id={titleId} page={route.page} period={route.period} />
      {route.page === 'dashboard' ? (
        <PeriodPicker period={route.period} onChange={(period) => goToReport({ ...route, period })} />
      ) : (
        <PrintBar route={route} />
      )}
      {dashboard.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {dashboard.state === 'error' && <ErrorMessage error={dashboard.error} />}
      {dashboard.state === 'ok' && (
        <>
          <p className="muted">
            {t('reports.computedAt', { time: format.dateTime(dashboard.value.computedAt) })}
          </p>
          <ReportPage route={route} dashboard={dashboard.value} />
        </>
      )}
    </main>
  );
}
