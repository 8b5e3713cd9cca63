import {
  OPEN_STATUSES,
  missingCase,
  queueFilters,
  type ComplaintFilters,
  type DrillDown,
  type RejectReason,
  type ReportPeriod,
} from '../../../shared/index.ts';
import type { DinasMetric } from './dinasMetrics.ts';
import { addDays, lastDayOfMonth } from './period.ts';

/*
 * The inbox filters behind each dashboard figure. Core counts every figure from the same DrillDown it
 * filters the inbox with (ComplaintFilters.figure), so a figure and the list it opens agree.
 */

const drill = (figure: DrillDown, extra: ComplaintFilters = {}): ComplaintFilters => ({ ...extra, figure });

/** The drill-down figure each scorecard column counts (see DinasFigures in shared/api/reports.ts). */
function dinasFigure(metric: DinasMetric): DrillDown['figure'] | 'overdueNow' {
  switch (metric) {
    case 'received':
      return 'disposed';
    case 'disposed':
      return 'settled';
    case 'acknowledged':
    case 'ackMedianHours':
    case 'ackP90Hours':
      return 'acknowledged';
    case 'responded':
    case 'responseMedianHours':
    case 'responseP90Hours':
      return 'responded';
    // A share within the deadline opens the items that missed it: those are the ones to chase.
    case 'withinDeadlineShare':
      return 'respondedLate';
    case 'openBacklog':
      return 'backlog';
    case 'reopenedShare':
      return 'reopened';
    case 'overdueNow':
      return 'overdueNow';
    default:
      return missingCase(metric);
  }
}

export function dinasFilters(metric: DinasMetric, dinasId: string, period: ReportPeriod): ComplaintFilters {
  const figure = dinasFigure(metric);
  // "Overdue now" is today's state, whatever the period: the queue screen's filter.
  if (figure === 'overdueNow') return queueFilters.dinasOverdue(dinasId);
  return drill({ figure, period, dinasId });
}

export type TrendUnit = 'week' | 'month';

/** A week's or month's days inside the period: the first and last buckets may be cut by it. */
export function bucketPeriod(start: string, unit: TrendUnit, period: ReportPeriod): ReportPeriod {
  const end = unit === 'week' ? addDays(start, 6) : lastDayOfMonth(start);
  return { from: start < period.from ? period.from : start, to: end > period.to ? period.to : end };
}

export const trendFilters = (
  series: 'received' | 'responded',
  start: string,
  unit: TrendUnit,
  period: ReportPeriod,
): ComplaintFilters => drill({ figure: series, period: bucketPeriod(start, unit, period) });

/** A kecamatan's items received in the period; "open" and "overdue" as they stand now. */
export function kecamatanFilters(
  column: 'received' | 'open' | 'overdueNow',
  kecamatanId: string,
  period: ReportPeriod,
): ComplaintFilters {
  const place = { kecamatanId: [kecamatanId] };
  const open = { ...place, status: [...OPEN_STATUSES] };
  switch (column) {
    case 'received':
      return drill({ figure: 'received', period }, place);
    case 'open':
      return drill({ figure: 'received', period }, open);
    case 'overdueNow':
      return drill({ figure: 'received', period }, { ...open, overdue: true });
    default:
      return missingCase(column);
  }
}

export const deskFilters = {
  figure: (figure: 'received' | 'verified' | 'rejected', period: ReportPeriod) => drill({ figure, period }),
  reason: (reason: RejectReason, period: ReportPeriod) => drill({ figure: 'rejected', period, reason }),
  decisions: (actor: string, period: ReportPeriod) => drill({ figure: 'decided', period, actor }),
};
