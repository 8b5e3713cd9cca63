import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintEvent } from '../../../shared/index.ts';
import { Changes } from '../audit/Changes.tsx';
import { useAuditText } from '../audit/useAuditText.ts';
import { useFormat } from '../i18n/format.ts';

/** Who did what and when, oldest first, as the record a supervisor or auditor reads. */
export function Timeline({ events }: { events: readonly ComplaintEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  const headingId = useId();
  return (
    <section className="timeline" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('detail.timeline')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('detail.noEvents')}</p>
      ) : (
        <ol>
          {events.map((event) => (
            <li key={event.id}>
              <p className="event-what">{text.operation(event.operation)}</p>
              <p className="event-meta">
                <time dateTime={event.at}>{format.dateTime(event.at)}</time> ·{' '}
                {t('detail.eventBy', { actor: event.actor, device: event.device })}
              </p>
              <Changes before={event.before} after={event.after} />
              {event.note && <p className="event-note">{event.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
