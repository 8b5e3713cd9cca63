import type { DinasFigures } from '../../../shared/index.ts';

export type DinasMetric = Exclude<keyof DinasFigures, 'dinasId'>;
export type MetricKind = 'count' | 'hours' | 'share';
/** The printed report splits the figures into two tables that fit an A4 page: how much, how fast. */
export type MetricGroup = 'volume' | 'speed';

/** The scorecard's figures, in the order of its columns, with how each is written. */
export const DINAS_METRICS = [
  { key: 'received', kind: 'count', group: 'volume' },
  { key: 'disposed', kind: 'count', group: 'volume' },
  { key: 'acknowledged', kind: 'count', group: 'volume' },
  { key: 'responded', kind: 'count', group: 'volume' },
  { key: 'ackMedianHours', kind: 'hours', group: 'speed' },
  { key: 'ackP90Hours', kind: 'hours', group: 'speed' },
  { key: 'responseMedianHours', kind: 'hours', group: 'speed' },
  { key: 'responseP90Hours', kind: 'hours', group: 'speed' },
  { key: 'withinDeadlineShare', kind: 'share', group: 'speed' },
  { key: 'openBacklog', kind: 'count', group: 'volume' },
  { key: 'overdueNow', kind: 'count', group: 'volume' },
  { key: 'reopenedShare', kind: 'share', group: 'speed' },
] as const satisfies readonly { key: DinasMetric; kind: MetricKind; group: MetricGroup }[];
