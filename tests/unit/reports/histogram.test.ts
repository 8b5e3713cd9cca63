import { describe, expect, it } from 'vitest';
import { dinasFigures } from '../../../electron/core/reports/dinas.ts';
import { spanOf } from '../../../electron/core/reports/period.ts';
import { tempDb } from '../core/helpers.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const PERIOD = { from: '2025-01-15', to: '2025-06-30' };

/** Nearest rank: the value at rank ⌈p·n⌉ of the sorted values. */
const nearestRank = (sorted: readonly number[], num: number, den: number) =>
  sorted[Math.ceil((num * sorted.length) / den) - 1] ?? null;

describe('percentiles from the duration histograms', () => {
  it('stay within 2% of the exact nearest-rank values, over day and month rows', () => {
    const { db } = tempDb();
    const span = spanOf(PERIOD);
    const put = db.prepare(`INSERT INTO report_disposition (id, complaint_seq, dinas_id, disposed_ms, ack_ms,
      reopened, ack_wms) VALUES (?, ?, 'pupr', ?, ?, 0, ?)`);
    // A fixed pseudo-random spread of 1 minute to ~500 working hours, acknowledged from two weeks before
    // the period to two weeks after it: the period reads half a month of day rows, then whole months.
    let x = 7;
    const inPeriod: number[] = [];
    db.transaction(() => {
      for (let i = 1; i <= 3000; i++) {
        x = (x * 48_271) % 2_147_483_647;
        const wms = Math.round(60_000 * Math.exp((x / 2_147_483_647) * Math.log(30_000)));
        const ackMs = span.startMs - 14 * DAY_MS + (i * 181 * DAY_MS) / 3000;
        put.run(i, i, ackMs - HOUR_MS, ackMs, wms);
        if (ackMs >= span.startMs && ackMs < span.endMs) inPeriod.push(wms);
      }
    })();
    inPeriod.sort((a, b) => a - b);
    const pupr = dinasFigures(db, span, span.endMs).find((d) => d.dinasId === 'pupr');
    expect(pupr?.acknowledged).toBe(inPeriod.length);
    for (const [got, num, den] of [
      [pupr?.ackMedianHours, 1, 2],
      [pupr?.ackP90Hours, 9, 10],
    ] as const) {
      const exact = (nearestRank(inPeriod, num, den) ?? 0) / HOUR_MS;
      expect(Math.abs((got ?? 0) - exact)).toBeLessThanOrEqual(0.02 * exact);
    }
  });
});
