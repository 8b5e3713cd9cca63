export type BackoffPolicy = { baseMs: number; capMs: number };

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000 };

/**
 * How long to wait after the n-th failure in a row (n ≥ 1): doubling up to the cap, with "equal jitter"
 * (half fixed, half random), so desks that lost the hub together do not all come back at the same moment.
 */
export function backoffDelay(failures: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
