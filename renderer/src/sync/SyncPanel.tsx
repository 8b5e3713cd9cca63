import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, SyncStatus } from '../../../shared/index.ts';
import { call } from '../api/client.ts';
import { useCan } from '../auth/user.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { RejectedList } from './RejectedList.tsx';
import { useRelativeTime } from './useRelativeTime.ts';

type Props = { id: string; status: SyncStatus; onStatus: (s: SyncStatus) => void; onClose: () => void };

/** Where this desk stands with its hub, the "Kerja offline" switch, and what needs a person's eye. */
export function SyncPanel({ id, status, onStatus, onClose }: Props) {
  const { t } = useTranslation();
  const ago = useRelativeTime();
  const seesConflicts = useCan('complaint.decide');
  const [error, setError] = useState<ApiError | null>(null);
  const [showRejected, setShowRejected] = useState(false);

  const send = async (method: 'sync.setOffline' | 'sync.now', offline: boolean): Promise<void> => {
    setError(null);
    const result = method === 'sync.now' ? await call(method, {}) : await call(method, { offline });
    if (result.ok) onStatus(result.value);
    else setError(result.error);
  };

  return (
    <section id={id} className="sync-panel" aria-label={t('sync.indicator.details')}>
      <p>{status.hubUrl !== null ? t('sync.panel.hub', { url: status.hubUrl }) : t('sync.panel.noHub')}</p>
      {status.hubUrl !== null && (
        <>
          <p>
            {status.lastSyncAt === null
              ? t('sync.panel.neverSynced')
              : t('sync.panel.lastSync', { when: ago(status.lastSyncAt) })}
          </p>
          <p>{t('sync.panel.pending', { count: status.pending })}</p>
          <label className="choice sync-switch">
            <input
              type="checkbox"
              role="switch"
              checked={status.offlineSwitch}
              onChange={(e) => void send('sync.setOffline', e.target.checked)}
            />{' '}
            {t('sync.panel.offlineSwitch')}
          </label>
          <p className="muted">{t('sync.panel.offlineHint')}</p>
          {!status.offlineSwitch && (
            <button type="button" className="secondary" onClick={() => void send('sync.now', false)}>
              {t('sync.panel.syncNow')}
            </button>
          )}
        </>
      )}
      {status.needsSignIn && <p className="error">{t('sync.panel.needsSignIn')}</p>}
      {status.lastError !== null && !status.offlineSwitch && (
        <p className="muted">{t('sync.panel.lastError', { message: status.lastError })}</p>
      )}
      {seesConflicts && status.openConflicts > 0 && (
        <p>
          <a href="#/konflik" onClick={onClose}>
            {t('sync.panel.conflicts', { count: status.openConflicts })}
          </a>
        </p>
      )}
      {status.rejected > 0 && (
        <button
          type="button"
          className="secondary"
          aria-expanded={showRejected}
          onClick={() => setShowRejected((s) => !s)}
        >
          {t('sync.panel.rejected', { count: status.rejected })}
        </button>
      )}
      {showRejected && <RejectedList />}
      {error !== null && <ErrorMessage error={error} />}
      <button type="button" className="secondary" onClick={onClose}>
        {t('sync.panel.close')}
      </button>
    </section>
  );
}
