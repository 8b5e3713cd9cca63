import type { FlagSummary } from '../../../shared/index.ts';
import { FlagBadge } from './FlagBadge.tsx';
import { levelOf, topRisk } from './level.ts';

/** An inbox row's strongest flag, unless it is unlikely: a quiet row says "nothing found". */
export function RowFlag({ flag }: { flag: FlagSummary | null }) {
  if (flag === null) return null;
  const top = topRisk(flag);
  return levelOf(top.score) === 'unlikely' ? null : <FlagBadge risk={top.risk} score={top.score} />;
}
