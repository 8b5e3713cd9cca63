import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import type { BulkProgress } from './useBulkRun.ts';

type Props = { progress: BulkProgress; caseNoOf: (id: string) => string; onDismiss: () => void };

/** The bar while a bulk action runs, then what was applied and every refused item with its reason. */
export function BulkResult({ progress, caseNoOf, onDismiss }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { total, done, applied, refused, running, failure } = progress;
  return (
    <section className="bulk-result" aria-label={t('bulk.resultLabel')}>
      <div
        role="progressbar"
        aria-label={t('bulk.progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('bulk.progressText', { done: format.number(done), total: format.number(total) })}
        className="bulk-progress"
      >
        <progress max={total} value={done} aria-hidden="true" />
        <span>{t('bulk.progressText', { done: format.number(done), total: format.number(total) })}</span>
      </div>
      <p role="status">
        {running
          ? t('bulk.running', { operation: t(`operation.${progress.operation}`) })
          : t('bulk.summary', { applied: format.number(applied), refused: format.number(refused.length) })}
      </p>
      {failure && <ErrorMessage error={failure} />}
      {refused.length > 0 && (
        <>
          <h3>{t('bulk.refusedHeading')}</h3>
          <ul className="bulk-refused">
            {refused.map((r) => (
              <li key={r.id}>
                <strong>{caseNoOf(r.id)}</strong>:{' '}
                {t(`errors.${r.error.code}`, { defaultValue: r.error.message })}{' '}
                <span className="muted">({r.error.message})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {!running && (
        <button type="button" className="secondary" onClick={onDismiss}>
          {t('bulk.dismiss')}
        </button>
      )}
    </section>
  );
}
