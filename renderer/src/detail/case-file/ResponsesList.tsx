import { useTranslation } from 'react-i18next';
import type { ComplaintResponse } from '../../../../shared/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { useMasterNames } from '../../master/master.tsx';

/** The dinas's follow-ups. Evidence links are shown as text, never opened or loaded (see MediaList). */
export function ResponsesList({ responses }: { responses: readonly ComplaintResponse[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useMasterNames();
  if (responses.length === 0) return null;
  return (
    <section className="case-list" aria-label={t('detail.responses')}>
      <h3>{t('detail.responses')}</h3>
      <ul>
        {responses.map((r) => (
          <li key={r.id}>
            <p className="event-note">{r.text}</p>
            <p className="event-meta">
              {names.dinas(r.dinasId) ?? t('detail.none')} ·{' '}
              <time dateTime={r.respondedAt}>{format.dateTime(r.respondedAt)}</time> ·{' '}
              {t(r.isPublic ? 'detail.responsePublic' : 'detail.responseInternal')} · {r.actor}
            </p>
            {r.evidence.length > 0 && (
              <ul aria-label={t('detail.evidence')}>
                {r.evidence.map((url) => (
                  <li key={url}>
                    <code>{url}</code>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
