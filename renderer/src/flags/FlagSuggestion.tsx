import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, FlagDetail, FlagSummary } from '../../../shared/index.ts';
import { call } from '../api/client.ts';
import { useCan } from '../auth/user.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';

type Props = {
  complaintId: string;
  flag: FlagSummary;
  feedback: FlagDetail['feedback'];
  onAnswered: (detail: FlagDetail) => void;
};

/**
 * "Saran: Valid — samarkan kata kasar", "Usulkan rahasia", and one key to agree (a) or disagree (s):
 * each answer is a training example for the desk's model. Only those who decide may answer.
 */
export function FlagSuggestion({ complaintId, flag, feedback, onAnswered }: Props) {
  const { t } = useTranslation();
  const mayAnswer = useCan('complaint.decide');
  const [error, setError] = useState<ApiError | null>(null);
  const label = flag.suggested;
  const mine = feedback.find((f) => f.label === label);
  const answer = async (agree: boolean) => {
    setError(null);
    const result = await call('flags.feedback', { complaintId, label, agree });
    if (result.ok) onAnswered(result.value);
    else setError(result.error);
  };
  const masked = label === 'valid' && flag.maskProfanity;

  return (
    <div className="flag-suggestion">
      <p>
        <strong>{t('flags.suggestion', { label: t(`flags.suggested.${label}`) })}</strong>
        {masked && ` — ${t('flags.masked')}`}
        {flag.proposeRahasia && <span className="badge flag-rahasia">{t('flags.rahasia')}</span>}
      </p>
      {mayAnswer && (
        <div className="actions">
          <button
            type="button"
            className={mine?.agree === true ? undefined : 'secondary'}
            aria-pressed={mine?.agree === true}
            data-shortcut="a"
            aria-keyshortcuts="a"
            onClick={() => void answer(true)}
          >
            {t('flags.agree')}
          </button>
          <button
            type="button"
            className={mine?.agree === false ? undefined : 'secondary'}
            aria-pressed={mine?.agree === false}
            data-shortcut="s"
            aria-keyshortcuts="s"
            onClick={() => void answer(false)}
          >
            {t('flags.disagree')}
          </button>
        </div>
      )}
      {mine !== undefined && (
        <p className="muted" role="status">
          {t(mine.agree ? 'flags.agreed' : 'flags.disagreed')}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}
