import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { missingCase } from '../../../shared/index.ts';
import { FlagSettingsSection } from '../flags/settings/FlagSettingsSection.tsx';
import { HubSection } from '../sync/HubSection.tsx';
import { DeadlinesSection } from './deadlines/DeadlinesSection.tsx';
import { TemplatesSection } from './templates/TemplatesSection.tsx';
import { UsersSection } from './users/UsersSection.tsx';

const TABS = ['users', 'templates', 'deadlines', 'hub', 'flags'] as const;
type Tab = (typeof TABS)[number];

function TabContent({ tab }: { tab: Tab }) {
  switch (tab) {
    case 'users':
      return <UsersSection />;
    case 'templates':
      return <TemplatesSection />;
    case 'deadlines':
      return <DeadlinesSection />;
    case 'hub':
      return <HubSection />;
    case 'flags':
      return <FlagSettingsSection />;
    default:
      return missingCase(tab);
  }
}

/** The admin's desk settings: who may sign in, the canned responses, the deadline clocks, the hub. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const headingId = useId();
  const panelId = useId();
  const [tab, setTab] = useState<Tab>('users');
  return (
    <main className="settings-screen" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.title')}</h2>
      <div role="tablist" aria-label={t('settings.title')} className="settings-tabs">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${panelId}-${name}`}
            aria-selected={tab === name}
            aria-controls={panelId}
            className={tab === name ? undefined : 'secondary'}
            onClick={() => setTab(name)}
          >
            {t(`settings.tabs.${name}`)}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={panelId} aria-labelledby={`${panelId}-${tab}`} className="settings-panel">
        <TabContent tab={tab} />
      </section>
    </main>
  );
}
