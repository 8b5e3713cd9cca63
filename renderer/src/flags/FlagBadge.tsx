import { useTranslation } from 'react-i18next';
import type { FlagRisk } from '../../../shared/index.ts';
import { levelOf } from './level.ts';

/** "Kemungkinan besar hujatan (87%)", "Mungkin hujatan (32%)" or "Tidak mungkin hujatan". */
export function FlagBadge({ risk, score }: { risk: FlagRisk; score: number }) {
  const { t } = useTranslation();
  const level = levelOf(score);
  const label = t(`flags.risk.${risk}`);
  return (
    <span className={`badge flag flag-${level}`}>
      {t(`flags.level.${level}`, { label, percent: Math.round(score * 100) })}
    </span>
  );
}
