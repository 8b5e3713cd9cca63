import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { missingCase, type AppInfo } from '../../../shared/index.ts';
import { AuditScreen } from '../audit/AuditScreen.tsx';
import { ClustersScreen } from '../flags/clusters/ClustersScreen.tsx';
import { ShortcutHelp } from '../keyboard/ShortcutHelp.tsx';
import { useShortcutListener } from '../keyboard/useShortcuts.ts';
import { QueueScreen } from '../queue/QueueScreen.tsx';
import { SettingsScreen } from '../settings/SettingsScreen.tsx';
import { ConflictsScreen } from '../sync/ConflictsScreen.tsx';
import { Console } from './Console.tsx';
import { DemoBanner } from './DemoBanner.tsx';
import { Header } from './Header.tsx';
import { useScreen, type Screen } from './route.ts';

/** The reports and their chart library load on first use: the desk's own screens start without them. */
const ReportsScreen = lazy(() =>
  import('../reports/ReportsScreen.tsx').then((m) => ({ default: m.ReportsScreen })),
);

function ReportsLoading() {
  const { t } = useTranslation();
  return <p className="muted">{t('app.loading')}</p>;
}

function ScreenContent({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'inbox':
      return <Console />;
    case 'queue':
      return <QueueScreen />;
    case 'clusters':
      return <ClustersScreen />;
    case 'conflicts':
      return <ConflictsScreen />;
    case 'reports':
      return (
        <Suspense fallback={<ReportsLoading />}>
          <ReportsScreen />
        </Suspense>
      );
    case 'audit':
      return <AuditScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return missingCase(screen);
  }
}

/** The header and banner every screen shares, and the screen the URL names below them. */
export function Screens({ info }: { info: AppInfo }) {
  const screen = useScreen();
  useShortcutListener();
  return (
    <div className="app">
      <Header cityName={info.cityName} screen={screen} />
      {info.hasDemoData && <DemoBanner count={info.complaintCount} />}
      <ScreenContent screen={screen} />
      <ShortcutHelp />
    </div>
  );
}
