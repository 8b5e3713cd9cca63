import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { SyncPanel } from './SyncPanel.tsx';
import { useSyncStatus } from './useSyncStatus.ts';

/**
 * The header's sync badge: online, offline, syncing or never connected, with the changes still waiting
 * to go up; during a long first sync, how far it is. It opens the sync details (and "Kerja offline").
 */
export function SyncIndicator() {
  const { t } = useTranslation();
  const format = useFormat();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const { status, update } = useSyncStatus();
  if (status === null) return null;
  const pending = status.pending > 0 ? t('sync.indicator.pending', { count: status.pending }) : null;
  const label = t('sync.indicator.label', { state: t(`sync.state.${status.state}`) });
  const { progress } = status;
  return (
    <div className="sync-indicator">
      <button
        type="button"
        className={`sync-badge sync-${status.state}`}
        aria-label={pending === null ? label : `${label}, ${pending}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="sync-dot" aria-hidden="true" />
        {t(`sync.state.${status.state}`)}
        {pending !== null && <span className="sync-pending">{pending}</span>}
      </button>
      {progress !== null && progress.total > 0 && (
        <span className="sync-progress">
          <progress max={progress.total} value={progress.done} aria-label={t('sync.panel.progressLabel')} />
          {t('sync.panel.progress', {
            done: format.number(progress.done),
            total: format.number(progress.total),
          })}
        </span>
      )}
      {open && <SyncPanel id={panelId} status={status} onStatus={update} onClose={() => setOpen(false)} />}
    </div>
  );
}
