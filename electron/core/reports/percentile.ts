import type Database from 'better-sqlite3';
import { prepared } from '../db/statements.ts';
import type { Piece } from './period.ts';

/*
 * Median and 90th percentile from the duration histograms (tally-sql.ts), by the nearest-rank definition:
 * of n values sorted ascending, the p-th percentile is the value at rank ⌈p·n⌉. The histogram finds the
 * bucket holding that rank and reports the mean of the values in it: exact when they are all equal (a
 * bucket holding one distinct value), otherwise within the bucket's width of the true value: under 2%
 * of it, or under a minute for durations below a minute.
 */

export type Percentiles = { n: number; p50: number | null; p90: number | null };

/** A group's histogram over a period: per bucket number, how many values and their sum. */
type Histogram = { counts: number[]; sums: number[] };

/** The value at rank ⌈num/den · n⌉ of a histogram, as its bucket's mean. */
function atRank({ counts, sums }: Histogram, n: number, num: number, den: number): number | null {
  const rank = Math.ceil((num * n) / den);
  let seen = 0;
  for (const [bucket, count] of counts.entries()) {
    seen += count ?? 0;
    // rank ≥ 1, so the bucket that reaches it holds values.
    if (count !== undefined && seen >= rank) return (sums[bucket] ?? 0) / count;
  }
  return null;
}

/** One histogram row set (a start and group) as three JSON arrays: bucket numbers, counts and sums. */
type RowSet = { g: string | number; buckets: string; counts: string; sums: string };

function addRowSet(histogram: Histogram, row: RowSet): void {
  const buckets = JSON.parse(row.buckets) as number[];
  const counts = JSON.parse(row.counts) as number[];
  const sums = JSON.parse(row.sums) as number[];
  buckets.forEach((bucket, i) => {
    histogram.counts[bucket] = (histogram.counts[bucket] ?? 0) + (counts[i] ?? 0);
    histogram.sums[bucket] = (histogram.sums[bucket] ?? 0) + (sums[i] ?? 0);
  });
}

/**
 * The percentiles of `metric` over the pieces of a period, per group: `group` is a SQL expression over
 * report_hist (grp, or the trend bucket a row's start falls in).
 */
export function percentilesBy(
  db: Database.Database,
  metric: string,
  pieces: readonly Piece[],
  group = 'grp',
): Map<string | number, Percentiles> {
  // One primary-key range per piece (an OR of them would read every row of the metric), read as one row
  // per start and group, the key's order: summing buckets across starts in SQL would sort every row.
  const piece = `SELECT ${group} AS g, json_group_array(bucket) AS buckets, json_group_array(n) AS counts,
      json_group_array(wms) AS sums
    FROM report_hist WHERE metric = ? AND grain = ? AND start >= ? AND start < ? GROUP BY start, grp`;
  const rows = prepared<(string | number)[], RowSet>(db, pieces.map(() => piece).join(' UNION ALL ')).all(
    ...pieces.flatMap((p) => [metric, p.grain, p.from, p.to]),
  );
  const byGroup = new Map<string | number, Histogram>();
  for (const row of rows) {
    const histogram = byGroup.get(row.g) ?? { counts: [], sums: [] };
    byGroup.set(row.g, histogram);
    addRowSet(histogram, row);
  }
  const result = new Map<string | number, Percentiles>();
  for (const [g, histogram] of byGroup) {
    const n = histogram.counts.reduce((sum, count) => sum + count, 0);
    if (n > 0) result.set(g, { n, p50: atRank(histogram, n, 1, 2), p90: atRank(histogram, n, 9, 10) });
  }
  return result;
}

/** Working milliseconds as working hours (workingTimeMs / 3.6e6). */
export const hours = (ms: number | null | undefined): number | null =>
  ms === null || ms === undefined ? null : ms / 3_600_000;

export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
