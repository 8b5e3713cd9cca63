import { useTranslation } from 'react-i18next';
import { missingCase, type ComplaintFilters } from '../../../shared/index.ts';
import { useCall } from '../api/useCall.ts';
import { useFormat } from '../i18n/format.ts';

type Props = { filters: ComplaintFilters; reload: number };

/** "1.234 pengaduan"; "10.000+ pengaduan" when the server stopped counting at its cap. */
export function CountLabel({ filters, reload }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = useCall('complaints.count', filters, reload);
  const text = (() => {
    switch (counts.state) {
      case 'loading':
        return t('inbox.counting');
      case 'error':
        return t(`errors.${counts.error.code}`, { defaultValue: counts.error.message });
      case 'ok': {
        const { total, capped } = counts.value;
        const formatted = format.number(total);
        return capped ? t('inbox.countCapped', { formatted }) : t('inbox.count', { count: total, formatted });
      }
      default:
        return missingCase(counts);
    }
  })();
  return (
    <p className="count" role="status" aria-live="polite">
      {text}
    </p>
  );
}
