import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { ConflictCard } from './ConflictCard.tsx';

const OPEN = { status: 'open' } as const;
/** Conflicts arrive with pulls: the list is asked again as often as the header asks for the status. */
const REFRESH_MS = 5_000;

/** The open sync conflicts, each with both decisions: a supervisor or admin chooses the one that stands. */
export function ConflictsScreen() {
  const { t } = useTranslation();
  const titleId = useId();
  const [reload, setReload] = useState(0);
  const conflicts = useCall('conflicts.list', OPEN, reload);
  useEffect(() => {
    const timer = setInterval(() => setReload((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  // Keeps the last list on screen while the next one loads, so the cards do not flicker every few seconds.
  const [shown, setShown] = useState(conflicts);
  if (conflicts.state !== 'loading' && conflicts !== shown) setShown(conflicts);
  return (
    <main className="conflicts" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('sync.conflicts.title')}</h2>
      <p className="muted">{t('sync.conflicts.intro')}</p>
      {shown.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {shown.state === 'error' && <ErrorMessage error={shown.error} />}
      {shown.state === 'ok' && shown.value.length === 0 && <p>{t('sync.conflicts.empty')}</p>}
      {shown.state === 'ok' && (
        <ul className="conflict-list">
          {shown.value.map((c) => (
            <li key={c.id}>
              <ConflictCard conflict={c} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
