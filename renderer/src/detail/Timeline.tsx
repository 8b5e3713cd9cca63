import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATION_NAMES, type ComplaintEvent, type OperationName } from '../../../shared/index.ts';
import { useFormat } from '../i18n/format.ts';

const isOperationName = (name: string): name is OperationName => OPERATION_NAMES.some((o) => o === name);

/** Who did what and when, oldest first, as the record a supervisor or auditor reads. */
export function Timeline({ events }: { events: readonly ComplaintEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  return (
    <section className="timeline" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('detail.timeline')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('detail.noEvents')}</p>
      ) : (
        <ol>
          {events.map((event) => {
            const from = event.before.status;
            const to = event.after.status;
            return (
              <li key={event.id}>
                <p className="event-what">
                  {isOperationName(event.operation) ? t(`operation.${event.operation}`) : event.operation}
                  {from && to && from !== to && ` · ${t(`status.${from}`)} → ${t(`status.${to}`)}`}
                </p>
                <p className="event-meta">
                  <time dateTime={event.at}>{format.dateTime(event.at)}</time> ·{' '}
                  {t('detail.eventBy', { actor: event.actor, device: event.device })}
                </p>
                {event.note && <p className="event-note">{event.note}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
