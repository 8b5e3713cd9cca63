import { useTranslation } from 'react-i18next';
import type { Status } from '../../../shared/index.ts';

/** The status as a coloured label; the colour only repeats what the word says. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}
