import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';

/** Demo data must never be mistaken for citizens' real reports, on screen or in a screenshot. */
export function DemoBanner({ count }: { count: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className="demo-banner" role="note">
      {t('app.demoBanner', { formatted: format.number(count) })}
    </p>
  );
}
