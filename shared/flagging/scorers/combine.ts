import type { FlagReason } from '../types.ts';

/**
 * Independent pieces of evidence joined as "any of them is right" (noisy-or): two weak signs make a
 * stronger one, no pile of signs passes 1, and one strong sign alone is enough.
 */
export function noisyOr(weights: Iterable<number>): number {
  let none = 1;
  for (const w of weights) none *= 1 - Math.min(1, Math.max(0, w));
  return 1 - none;
}

/** A scorer's answer: its score and what fired. */
export type Scored = { score: number; reasons: FlagReason[] };

export const scoredBy = (reasons: FlagReason[]): Scored => ({
  score: noisyOr(reasons.map((r) => r.weight)),
  reasons,
});
