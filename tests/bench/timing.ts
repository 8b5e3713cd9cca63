/** Timing helpers shared by every bench scenario. */

export type Latency = { p50: number; p95: number; runs: number };

/** Nearest-rank percentile of values sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function timeOnce(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * p50/p95 of `run` in ms after a warm-up. Stops early once `budgetMs` is spent (but not before
 * `minRuns`), so a slow case cannot hold the whole bench hostage.
 */
export function sample(
  run: () => unknown,
  {
    runs = 60,
    warmup = 5,
    minRuns = 10,
    budgetMs = 4_000,
  }: Partial<Record<'runs' | 'warmup' | 'minRuns' | 'budgetMs', number>> = {},
): Latency {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  let spent = 0;
  while (times.length < runs && (times.length < minRuns || spent < budgetMs)) {
    const ms = timeOnce(run);
    times.push(ms);
    spent += ms;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length };
}
