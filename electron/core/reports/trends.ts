import type Database from 'better-sqlite3';
import type { TrendPoint } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';
import { dayDate, grainStart, nextGrainStart, piecesOf, type Span } from './period.ts';
import { hours, percentilesBy } from './percentile.ts';
import { sqlMonthStart, sqlWeekStart } from './tally-sql.ts';

export type TrendGrain = 'week' | 'month';

/** The trend bucket (week or month start, a day number) of a day-number expression. */
const bucketOf = (grain: TrendGrain, day: string): string =>
  grain === 'week' ? sqlWeekStart(day) : sqlMonthStart(day);

/** Every bucket start from the one holding the period's first day to the one holding its last. */
function bucketStarts(grain: TrendGrain, span: Span): number[] {
  const starts: number[] = [];
  for (let day = grainStart(grain, span.firstDay); day < span.endDay; day = nextGrainStart(grain, day)) {
    starts.push(day);
  }
  return starts;
}

/** Received items and first responses per week or month of the period, with the median response time. */
export function trend(db: Database.Database, span: Span, grain: TrendGrain): TrendPoint[] {
  const counts = prepared<number[], { g: number; received: number; responded: number }>(
    db,
    `SELECT ${bucketOf(grain, 'day')} AS g, sum(CASE kind WHEN 'received' THEN n ELSE 0 END) AS received,
       sum(CASE kind WHEN 'responded' THEN n ELSE 0 END) AS responded
     FROM report_tally WHERE kind IN ('received', 'responded') AND day >= ? AND day < ? GROUP BY g`,
  ).all(span.firstDay, span.endDay);
  const byStart = new Map(counts.map((c) => [c.g, c]));
  // Day rows at the period's ends fall into the trend bucket of their day; coarse rows already are one.
  const answered = percentilesBy(
    db,
    'response',
    piecesOf(span, grain),
    `CASE grain WHEN 'day' THEN ${bucketOf(grain, 'start')} ELSE start END`,
  );
  return bucketStarts(grain, span).map((start) => ({
    start: dayDate(start),
    received: byStart.get(start)?.received ?? 0,
    responded: byStart.get(start)?.responded ?? 0,
    responseMedianHours: hours(answered.get(start)?.p50),
  }));
}
