import { WIB_OFFSET_MS } from '../../../shared/calendar/workdays.ts';
import type { ReportPeriod } from '../../../shared/index.ts';
import { seqBefore, seqFrom } from '../complaints/seq.ts';

const DAY_MS = 86_400_000;

/**
 * A period of WIB days as the half-open instant range [startMs, endMs) (23:30 WIB on its last day counts)
 * and as WIB day numbers [firstDay, endDay), the keys of the report's day tallies.
 */
export type Span = { startMs: number; endMs: number; firstDay: number; endDay: number };

export const dayStartMs = (day: string): number => Date.parse(`${day}T00:00:00Z`) - WIB_OFFSET_MS;

/** The WIB day number of an instant, as SQL's sqlDay (calendar.ts) computes it. */
export const dayOf = (ms: number): number => Math.floor((ms + WIB_OFFSET_MS) / DAY_MS);

/** The instant a WIB day number begins. */
export const dayStartOf = (day: number): number => day * DAY_MS - WIB_OFFSET_MS;

/** A WIB day number as its date, YYYY-MM-DD. */
export const dayDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function spanOf(period: ReportPeriod): Span {
  const startMs = dayStartMs(period.from);
  const endMs = dayStartMs(period.to) + DAY_MS;
  return {
    startMs,
    endMs,
    firstDay: dayOf(startMs),
    endDay: dayOf(endMs),
  };
}

/** Merged duplicates are not items of their own: the master they joined is the one received. */
export const NOT_MERGED = 'c.master_id IS NULL';

/** The seq range of items received in the span (seq is a time key, complaints/seq.ts), then the exact ms. */
export const receivedIn = (span: Span) => ({
  sql: 'c.seq >= ? AND c.seq < ? AND c.received_ms >= ? AND c.received_ms < ?',
  params: [seqFrom(span.startMs), seqBefore(span.endMs), span.startMs, span.endMs],
});

export type Grain = 'day' | 'week' | 'month';

/** The first day of the week (Monday) or month holding a day number. */
export function grainStart(grain: Grain, day: number): number {
  if (grain === 'day') return day;
  if (grain === 'week') return day - ((day + 3) % 7);
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

export function nextGrainStart(grain: Grain, day: number): number {
  if (grain === 'day') return day + 1;
  if (grain === 'week') return grainStart(grain, day) + 7;
  const date = new Date(grainStart(grain, day) * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
}

/** A run of histogram rows of one grain: those starting on days [from, to). */
export type Piece = { grain: Grain; from: number; to: number };

/**
 * The span as whole weeks or months plus the days left over at either end, so a year reads a dozen
 * month rows per bucket and at most two months of day rows instead of 365 day rows.
 */
export function piecesOf(span: Span, coarse: Grain): Piece[] {
  const { firstDay, endDay } = span;
  const from = grainStart(coarse, firstDay) === firstDay ? firstDay : nextGrainStart(coarse, firstDay);
  const to = grainStart(coarse, endDay);
  if (from >= to) return [{ grain: 'day', from: firstDay, to: endDay }];
  const pieces: Piece[] = [
    { grain: 'day', from: firstDay, to: from },
    { grain: coarse, from, to },
    { grain: 'day', from: to, to: endDay },
  ];
  return pieces.filter((p) => p.from < p.to);
}
