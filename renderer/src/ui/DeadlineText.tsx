import { useTranslation } from 'react-i18next';
import { isLate, isLateStage, missingCase, type ComplaintDeadline } from '../../../shared/index.ts';

/**
 * "sisa 2 hari kerja", "jatuh tempo hari ini", "terlambat 1 hari kerja", or just "terlambat" when the
 * delay is not yet a whole working day (a Friday deadline seen on Saturday). A missed confirmation
 * window is no delay: the reporter did not answer, so the follow-up counts as done.
 */
export function useDeadlineText(): (deadline: ComplaintDeadline) => string {
  const { t } = useTranslation();
  return ({ stage, standing: { kind, workingDays: count } }) => {
    switch (kind) {
      case 'remaining':
        return count === 0 ? t('deadline.dueToday') : t('deadline.remaining', { count });
      case 'overdue':
        if (!isLateStage(stage)) return t('deadline.doneBySilence');
        return count === 0 ? t('deadline.late') : t('deadline.lateBy', { count });
      default:
        return missingCase(kind);
    }
  };
}

/** The standing as text; late items are marked by the words and a class (not by colour alone). */
export function DeadlineText({ deadline }: { deadline: ComplaintDeadline | null }) {
  const text = useDeadlineText();
  if (deadline === null) return null;
  return <span className={isLate(deadline) ? 'deadline deadline-late' : 'deadline'}>{text(deadline)}</span>;
}
