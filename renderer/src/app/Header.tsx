import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function Header({ cityName }: { cityName: string }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1>
        {t('app.name')} <span className="city">{cityName}</span>
      </h1>
      <LanguageSwitch />
    </header>
  );
}
