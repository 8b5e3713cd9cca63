import { LIKELY } from '../../../shared/flagging/flag.ts';
import { FLAG_RISKS, type FlagRisk, type FlagSummary } from '../../../shared/index.ts';

/** Below this a risk reads "Tidak mungkin" (Coral Talk's "Unlikely"); between it and LIKELY, "Mungkin". */
export const UNLIKELY_BELOW = 0.2;

export type FlagLevel = 'likely' | 'maybe' | 'unlikely';

export const levelOf = (score: number): FlagLevel =>
  score >= LIKELY ? 'likely' : score >= UNLIKELY_BELOW ? 'maybe' : 'unlikely';

/** The strongest risk of an item: what its inbox row shows. */
export function topRisk(flag: FlagSummary): { risk: FlagRisk; score: number } {
  let top: { risk: FlagRisk; score: number } = { risk: 'abuse', score: flag.scores.abuse };
  for (const risk of FLAG_RISKS) if (flag.scores[risk] > top.score) top = { risk, score: flag.scores[risk] };
  return top;
}

export { LIKELY };
