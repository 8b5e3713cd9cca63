import { useTranslation } from 'react-i18next';
import type { MergedReporter } from '../../../../shared/index.ts';
import { useFormat } from '../../i18n/format.ts';

/** On a master: every citizen who reported the same thing, each with their channel and case number. */
export function MergedReporters({ reporters }: { reporters: readonly MergedReporter[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (reporters.length === 0) return null;
  return (
    <section className="case-list" aria-label={t('detail.merged')}>
      <h3>{t('detail.merged')}</h3>
      <ul>
        {reporters.map((r) => (
          <li key={r.complaintId}>
            <code>{r.caseNo}</code> · {r.authorName ? `${r.authorHandle} (${r.authorName})` : r.authorHandle}{' '}
            · {t(`channel.${r.channel}`)} ·{' '}
            <time dateTime={r.receivedAt}>{format.dateTime(r.receivedAt)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
