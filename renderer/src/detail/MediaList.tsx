import { useTranslation } from 'react-i18next';

/**
 * Attachment addresses as plain text. Nothing remote is ever loaded: a desk machine must not call
 * out to whatever a citizen (or an attacker posing as one) linked.
 */
export function MediaList({ media }: { media: readonly string[] }) {
  const { t } = useTranslation();
  if (media.length === 0) return null;
  return (
    <section className="media" aria-label={t('detail.media')}>
      <h3>{t('detail.media')}</h3>
      <ul>
        {media.map((url) => (
          <li key={url}>
            <code>{url}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
