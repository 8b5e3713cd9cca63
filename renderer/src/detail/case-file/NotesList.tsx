import { useTranslation } from 'react-i18next';
import type { ComplaintNote } from '../../../../shared/index.ts';
import { useFormat } from '../../i18n/format.ts';

/** The desk's internal notes: never shown to the reporter or the public. */
export function NotesList({ notes }: { notes: readonly ComplaintNote[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (notes.length === 0) return null;
  return (
    <section className="case-list" aria-label={t('detail.notes')}>
      <h3>{t('detail.notes')}</h3>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            <p className="event-note">{n.text}</p>
            <p className="event-meta">
              {n.actor} · <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
