import { useTranslation } from 'react-i18next';
import type { ComplaintDeadline } from '../../../shared/index.ts';
import { useFormat } from '../i18n/format.ts';
import { DeadlineText } from '../ui/DeadlineText.tsx';

const MINUTE_MS = 60_000;

/**
 * The running clock in the detail panel: which stage, how it stands, and until when. A working-day
 * deadline ends at midnight WIB, shown as 23.59 of the last day rather than 00.00 of the next.
 */
export function DeadlineFact({ deadline }: { deadline: ComplaintDeadline | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (deadline === null) return <>{t('deadline.none')}</>;
  const due = Date.parse(deadline.dueAt);
  const shown = deadline.dueAt.includes('T00:00:00') ? due - MINUTE_MS : due;
  return (
    <>
      {t(`deadlineStage.${deadline.stage}`)}: <DeadlineText deadline={deadline} />
      <br />
      <span className="muted">
        {t('deadline.until', { when: format.dateTime(new Date(shown).toISOString()) })}
      </span>
    </>
  );
}
