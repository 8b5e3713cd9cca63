import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../../shared/index.ts';
import { SCREEN_PERMISSION } from '../auth/screenAccess.ts';
import { UserMenu } from '../auth/UserMenu.tsx';
import { useUser } from '../auth/user.ts';
import { SyncIndicator } from '../sync/SyncIndicator.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SCREENS, screenHref, type Screen } from './route.ts';

export function Header({ cityName, screen }: { cityName: string; screen: Screen }) {
  const { t } = useTranslation();
  const { role } = useUser();
  return (
    <header className="app-header">
      <h1>
        {t('app.name')} <span className="city">{cityName}</span>
      </h1>
      <nav className="screens" aria-label={t('nav.label')}>
        {SCREENS.filter((s) => hasPermission(role, SCREEN_PERMISSION[s])).map((s) => (
          <a key={s} href={screenHref(s)} aria-current={s === screen ? 'page' : undefined}>
            {t(`nav.${s}`)}
          </a>
        ))}
      </nav>
      <SyncIndicator />
      <LanguageSwitch />
      <UserMenu />
    </header>
  );
}
