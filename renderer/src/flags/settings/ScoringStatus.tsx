import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';

export function ScoringStatus() {
  const { t } = useTranslation();
  const status = useCall('flags.status', {});
  return (
    <section>
      <h3>{t('flags.settings.status')}</h3>
      {status.state === 'error' && <ErrorMessage error={status.error} />}
      {status.state === 'ok' && (
        <p>
          {t('flags.settings.scored', status.value)}{' '}
          {status.value.lastChunk !== null && t('flags.settings.speed', status.value.lastChunk)}
        </p>
      )}
    </section>
  );
}
