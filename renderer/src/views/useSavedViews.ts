import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMasterNames } from '../master/master.tsx';
import type { InboxView } from './inboxView.ts';

/**
 * The desk's standing questions: items still to verify, my queue, late items, flagged items and one
 * view per dinas.
 */
export function useSavedViews(myUserId: string): InboxView[] {
  const { t } = useTranslation();
  const { master } = useMasterNames();
  return useMemo(
    () => [
      { id: 'unverified', title: t('views.unverified'), filters: { status: ['baru', 'ditunda'] } },
      { id: 'mine', title: t('views.mine'), filters: { assigneeId: [myUserId] } },
      { id: 'overdue', title: t('views.overdue'), filters: { overdue: true } },
      { id: 'flagged', title: t('views.flagged'), filters: { flagged: true } },
      ...master.dinas.map((d) => ({ id: `dinas:${d.id}`, title: d.shortName, filters: { dinasId: [d.id] } })),
    ],
    [t, master, myUserId],
  );
}
