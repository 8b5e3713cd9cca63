import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/index.ts';

/**
 * What a public answer or report may quote: the same text with the insults masked. Shown only when it
 * differs, so the moderator sees that the grievance is kept and what the public will read.
 */
export function PublicText({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  if (complaint.publicText === complaint.text) return null;
  return (
    <section className="public-text" aria-label={t('detail.publicText')}>
      <h3>{t('detail.publicText')}</h3>
      <p className="complaint-text">{complaint.publicText}</p>
    </section>
  );
}
