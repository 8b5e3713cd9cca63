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

type Bucket = { g: string | number; n: number; wms: number };

/** The value at rank ⌈num/den · n⌉ of buckets sorted ascending, as its bucket's mean. */
function atRank(buckets: readonly Bucket[], n: number, num: number, den: number): number | null {
  const rank = Math.ceil((num * n) / den);
  let seen = 0;
  for (const b of buckets) {
    seen += b.n;
    if (seen >= rank) return b.wms / b.n;
  }
  return null;
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
  // One primary-key range per piece (an OR of them would read every row of the metric).
  const piece = `SELECT ${group} AS g, bucket, n, wms FROM report_hist
    WHERE metric = ? AND grain = ? AND start >= ? AND start < ?`;
  const sql = `SELECT g, bucket, sum(n) AS n, sum(wms) AS wms FROM (${pieces.map(() => piece).join(' UNION ALL ')})
    GROUP BY g, bucket HAVING sum(n) > 0 ORDER BY g, bucket`;
  const rows = prepared<(string | number)[], Bucket>(db, sql).all(
    ...pieces.flatMap((p) => [metric, p.grain, p.from, p.to]),
  );
  const byGroup = new Map<string | number, Bucket[]>();
  for (const row of rows) {
    const buckets = byGroup.get(row.g);
    if (buckets === undefined) byGroup.set(row.g, [row]);
    else buckets.push(row);
  }
  const result = new Map<string | number, Percentiles>();
  for (const [g, buckets] of byGroup) {
    const n = buckets.reduce((sum, b) => sum + b.n, 0);
    result.set(g, { n, p50: atRank(buckets, n, 1, 2), p90: atRank(buckets, n, 9, 10) });
  }
  return result;
}

/** Working milliseconds as working hours (workingTimeMs / 3.6e6). */
export const hours = (ms: number | null | undefined): number | null =>
  ms === null || ms === undefined ? null : ms / 3_600_000;

export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
