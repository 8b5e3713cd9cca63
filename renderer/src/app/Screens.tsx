import { missingCase, type AppInfo } from '../../../shared/index.ts';
import { AuditScreen } from '../audit/AuditScreen.tsx';
import { ShortcutHelp } from '../keyboard/ShortcutHelp.tsx';
import { useShortcutListener } from '../keyboard/useShortcuts.ts';
import { QueueScreen } from '../queue/QueueScreen.tsx';
import { SettingsScreen } from '../settings/SettingsScreen.tsx';
import { Console } from './Console.tsx';
import { DemoBanner } from './DemoBanner.tsx';
import { Header } from './Header.tsx';
import { useScreen, type Screen } from './route.ts';

function ScreenContent({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'inbox':
      return <Console />;
    case 'queue':
      return <QueueScreen />;
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
