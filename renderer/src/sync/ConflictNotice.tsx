import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall.ts';
import { useCan } from '../auth/user.ts';

const OPEN = { status: 'open' } as const;

/** Marks a complaint that waits for a supervisor: an open sync conflict names it (open conflicts are few). */
export function ConflictNotice({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const seesConflicts = useCan('complaint.decide');
  const open = useCall('conflicts.list', seesConflicts ? OPEN : null);
  if (open.state !== 'ok' || !open.value.some((c) => c.complaintId === complaintId)) return null;
  return (
    <p className="sync-review" role="note">
      {t('sync.conflicts.needsReview')} <a href="#/konflik">{t('sync.conflicts.reviewLink')}</a>
    </p>
  );
}
