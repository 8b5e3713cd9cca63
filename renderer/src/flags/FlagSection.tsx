import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAG_RISKS, type ComplaintDetail, type FlagDetail } from '../../../shared/index.ts';
import { useCall } from '../api/useCall.ts';
import { FlaggedText } from './FlaggedText.tsx';
import { FlagBadge } from './FlagBadge.tsx';
import { FlagSuggestion } from './FlagSuggestion.tsx';

/**
 * The citizen's text with what fired highlighted, the four risk badges and the suggestion a moderator
 * can agree or disagree with. Until the item is scored (or if scoring failed) the text shows plain.
 */
export function FlagSection({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const loaded = useCall('flags.get', { id: complaint.id });
  // The answer to this moderator's agree/disagree is newer than what was loaded.
  const [answered, setAnswered] = useState<{ id: string; detail: FlagDetail } | null>(null);
  const detail =
    answered?.id === complaint.id ? answered.detail : loaded.state === 'ok' ? loaded.value : null;
  const flag = detail?.flag ?? null;

  return (
    <>
      <section aria-label={t('detail.text')}>
        {flag === null ? (
          <p className="complaint-text">{complaint.text}</p>
        ) : (
          <FlaggedText text={complaint.text} reasons={flag.reasons} />
        )}
      </section>
      <section className="flag-section" aria-label={t('flags.region')}>
        {detail !== null && flag === null && <p className="muted">{t('flags.notScored')}</p>}
        {flag !== null && detail !== null && (
          <>
            <p className="flag-badges">
              {FLAG_RISKS.map((risk) => (
                <FlagBadge key={risk} risk={risk} score={flag.scores[risk]} />
              ))}
            </p>
            <FlagSuggestion
              complaintId={complaint.id}
              flag={flag}
              feedback={detail.feedback}
              onAnswered={(next) => setAnswered({ id: complaint.id, detail: next })}
            />
          </>
        )}
      </section>
    </>
  );
}
