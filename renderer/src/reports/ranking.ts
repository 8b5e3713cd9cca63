import type { DinasFigures } from '../../../shared/index.ts';

/** Smaller first; "no data" (null) after every real value. */
export const nullsLast = (a: number | null, b: number | null): number =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b;

const flip = (n: number | null) => (n === null ? null : -n);

/**
 * The dinas ranking, best first: the share answered within the deadline decides, then the median time
 * to the first response, then fewer items overdue now. A dinas with nothing answered ranks below those
 * with data. Returns each dinas's place (1 = best).
 */
export function rankDinas(rows: readonly DinasFigures[]): ReadonlyMap<string, number> {
  const order = [...rows].sort(
    (a, b) =>
      nullsLast(flip(a.withinDeadlineShare), flip(b.withinDeadlineShare)) ||
      nullsLast(a.responseMedianHours, b.responseMedianHours) ||
      a.overdueNow - b.overdueNow,
  );
  return new Map(order.map((row, i) => [row.dinasId, i + 1]));
}
