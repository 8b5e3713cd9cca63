import { describe, expect, it } from 'vitest';
import { ComplaintFilters, type DinasFigures } from '../../../shared/index.ts';
import {
  PRESETS,
  lastDayOfMonth,
  matchingPreset,
  presetPeriod,
  weekEnding,
} from '../../../renderer/src/reports/period.ts';
import { rankDinas } from '../../../renderer/src/reports/ranking.ts';
import { DINAS_METRICS } from '../../../renderer/src/reports/dinasMetrics.ts';
import {
  bucketPeriod,
  deskFilters,
  dinasFilters,
  kecamatanFilters,
  trendFilters,
} from '../../../renderer/src/reports/reportDrill.ts';
import { parseReportRoute, reportHref } from '../../../renderer/src/reports/reportRoute.ts';

const TODAY = '2026-03-18'; // a Wednesday

describe('period presets', () => {
  it('end today and start where their names say', () => {
    expect(presetPeriod('thisWeek', TODAY)).toEqual({ from: '2026-03-16', to: TODAY });
    expect(presetPeriod('thisMonth', TODAY)).toEqual({ from: '2026-03-01', to: TODAY });
    expect(presetPeriod('last30Days', TODAY)).toEqual({ from: '2026-02-17', to: TODAY });
    expect(presetPeriod('thisYear', TODAY)).toEqual({ from: '2026-01-01', to: TODAY });
  });

  it('start the week on Monday, a Sunday included', () => {
    expect(presetPeriod('thisWeek', '2026-03-22').from).toBe('2026-03-16');
    expect(presetPeriod('thisWeek', '2026-03-16').from).toBe('2026-03-16');
  });

  it('are recognised again from their dates', () => {
    for (const preset of PRESETS) expect(matchingPreset(presetPeriod(preset, TODAY), TODAY)).toBe(preset);
    expect(matchingPreset({ from: '2026-03-02', to: '2026-03-05' }, TODAY)).toBeUndefined();
  });

  it('know month ends and the leadership week', () => {
    expect(lastDayOfMonth('2024-02-01')).toBe('2024-02-29');
    expect(lastDayOfMonth('2026-12-01')).toBe('2026-12-31');
    expect(weekEnding('2026-03-02')).toEqual({ from: '2026-02-24', to: '2026-03-02' });
  });
});

describe('the reports address', () => {
  it('round-trips the page and the period', () => {
    const route = { page: 'print', period: { from: '2026-01-05', to: '2026-02-04' } } as const;
    const hash = reportHref(route);
    expect(hash).toBe('#/dasbor?dari=2026-01-05&sampai=2026-02-04&lihat=laporan');
    expect(parseReportRoute(hash, TODAY)).toEqual(route);
  });

  it.each([
    '#/dasbor',
    '#/dasbor?dari=2026-03-10&sampai=2026-03-01',
    '#/dasbor?dari=kemarin&sampai=2026-03-01',
  ])('falls back to the default period for %s', (hash) => {
    expect(parseReportRoute(hash, TODAY)).toEqual({
      page: 'dashboard',
      period: presetPeriod('last30Days', TODAY),
    });
  });
});

describe('drill-down filters', () => {
  const period = { from: '2026-02-17', to: '2026-03-18' };

  it('are valid inbox filters for every figure', () => {
    const all = [
      ...DINAS_METRICS.map((m) => dinasFilters(m.key, 'pupr', period)),
      trendFilters('received', '2026-02-16', 'week', period),
      trendFilters('responded', '2026-03-01', 'month', period),
      ...(['received', 'open', 'overdueNow'] as const).map((c) => kecamatanFilters(c, 'tawang', period)),
      deskFilters.figure('verified', period),
      deskFilters.reason('hoaks', period),
      deskFilters.decisions('moderator', period),
    ];
    for (const filters of all) expect(ComplaintFilters.safeParse(filters).success).toBe(true);
  });

  it('open "overdue now" as the queue screen does, and a share by the items that missed it', () => {
    expect(dinasFilters('overdueNow', 'pupr', period)).toEqual({
      dinasId: ['pupr'],
      status: ['didisposisikan', 'diproses', 'ditindaklanjuti'],
      overdue: true,
    });
    expect(dinasFilters('withinDeadlineShare', 'pupr', period).figure).toEqual({
      figure: 'respondedLate',
      period,
      dinasId: 'pupr',
    });
  });

  it('cut the first and last trend buckets to the period', () => {
    expect(bucketPeriod('2026-02-16', 'week', period)).toEqual({ from: '2026-02-17', to: '2026-02-22' });
    expect(bucketPeriod('2026-03-01', 'month', period)).toEqual({ from: '2026-03-01', to: '2026-03-18' });
    expect(bucketPeriod('2026-02-23', 'week', period)).toEqual({ from: '2026-02-23', to: '2026-03-01' });
  });
});

describe('rankDinas', () => {
  const row = (
    dinasId: string,
    share: number | null,
    median: number | null,
    overdueNow = 0,
  ): DinasFigures => ({
    dinasId,
    received: 0,
    disposed: 0,
    acknowledged: 0,
    responded: 0,
    ackMedianHours: null,
    ackP90Hours: null,
    responseMedianHours: median,
    responseP90Hours: null,
    withinDeadlineShare: share,
    openBacklog: 0,
    overdueNow,
    reopenedShare: null,
  });

  it('ranks by the share in time, then the median, then fewer overdue; no data last', () => {
    const ranks = rankDinas([
      row('none', null, null),
      row('slow', 0.9, 30),
      row('fast', 0.9, 10, 4),
      row('fastTidy', 0.9, 10, 1),
      row('best', 1, 50),
    ]);
    expect([...ranks.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id)).toEqual([
      'best',
      'fastTidy',
      'fast',
      'slow',
      'none',
    ]);
  });
});
