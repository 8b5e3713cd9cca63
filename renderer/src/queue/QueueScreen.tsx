import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall.ts';
import { useFormat } from '../i18n/format.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { DinasTable } from './DinasTable.tsx';
import { ModeratorTable } from './ModeratorTable.tsx';

const NO_INPUT = {};

/** The supervisor's queue: where the work waits, per dinas and per moderator; every figure opens its items. */
export function QueueScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const [reload, setReload] = useState(0);
  const summary = useCall('queue.summary', NO_INPUT, reload);
  return (
    <main className="queue" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('queue.title')}</h2>
      {summary.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {summary.state === 'error' && <ErrorMessage error={summary.error} />}
      {summary.state === 'ok' && (
        <>
          <p className="muted">
            {t('queue.asOf', { time: format.dateTime(summary.value.asOf) })}{' '}
            <button type="button" className="secondary" onClick={() => setReload((n) => n + 1)}>
              {t('queue.refresh')}
            </button>
          </p>
          <DinasTable rows={summary.value.dinas} />
          <ModeratorTable rows={summary.value.moderators} />
        </>
      )}
    </main>
  );
}
