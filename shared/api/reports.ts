import { z } from 'zod';
import { LocalDay } from '../domain/deadline.ts';
import { LIMITS } from '../domain/limits.ts';
import { Slug } from '../domain/master.ts';
import { RejectReason } from '../domain/vocabulary.ts';

/*
 * What supervisors measure (shared/design/product.md): per dinas and period, in working time under the
 * deadline rules. Durations are working hours (workingTimeMs / 3.6e6); shares are 0..1; null = no data.
 * Counts are exact. Medians and P90s are nearest-rank percentiles read from histograms of 2%-wide
 * buckets: the figure is the mean of the measured values in the bucket holding that rank, so it is exact
 * when they are equal and otherwise off by less than 2% of the true value (under a minute below a minute).
 */

/** A period in WIB calendar days, both ends included. */
export const ReportPeriod = z
  .strictObject({ from: LocalDay, to: LocalDay })
  .refine((p) => p.from <= p.to, 'the period ends before it starts');
export type ReportPeriod = z.infer<typeof ReportPeriod>;

const Count = z.number().int().min(0);
const Hours = z.number().min(0).nullable();
const Share = z.number().min(0).max(1).nullable();

export const DinasFigures = z.strictObject({
  dinasId: Slug,
  /** Items disposed to this dinas in the period (a reassignment counts for the dinas it went to). */
  received: Count,
  /** Of this dinas's dispositions, those settled (the item confirmed done, selesai) in the period. */
  disposed: Count,
  /** Acknowledgements (diproses) and first responses of this dinas's dispositions made in the period. */
  acknowledged: Count,
  responded: Count,
  ackMedianHours: Hours,
  ackP90Hours: Hours,
  responseMedianHours: Hours,
  responseP90Hours: Hours,
  /** Of the items answered in the period, the share answered within their deadline. */
  withinDeadlineShare: Share,
  /** Open with this dinas at the period's end. */
  openBacklog: Count,
  /** Open with this dinas and past their deadline now. */
  overdueNow: Count,
  /** Of the items disposed to this dinas in the period, the share reopened while with this dinas. */
  reopenedShare: Share,
});
export type DinasFigures = z.infer<typeof DinasFigures>;

export const DeskFigures = z.strictObject({
  received: Count,
  verified: Count,
  rejected: Count,
  verifyMedianHours: Hours,
  verifyP90Hours: Hours,
  rejectionReasons: z.array(z.strictObject({ reason: RejectReason, count: Count })),
  /** Decisions per moderator (username) in the period. */
  moderators: z.array(z.strictObject({ actor: z.string(), decisions: Count, open: Count })),
});
export type DeskFigures = z.infer<typeof DeskFigures>;

export const TrendPoint = z.strictObject({
  /** ISO week start (Monday) or the first day of the month, WIB. */
  start: LocalDay,
  received: Count,
  responded: Count,
  responseMedianHours: Hours,
});
export type TrendPoint = z.infer<typeof TrendPoint>;

/** Items received in the period, by kecamatan; open and overdue as they stand now. */
export const KecamatanFigures = z.strictObject({
  kecamatanId: Slug.nullable(),
  received: Count,
  open: Count,
  overdueNow: Count,
});
export type KecamatanFigures = z.infer<typeof KecamatanFigures>;

export const Dashboard = z.strictObject({
  period: z.strictObject({ from: LocalDay, to: LocalDay }),
  /** When the figures were computed (ISO with offset): "overdue now" is relative to this. */
  computedAt: z.iso.datetime({ offset: true }),
  dinas: z.array(DinasFigures),
  desk: DeskFigures,
  weekly: z.array(TrendPoint),
  monthly: z.array(TrendPoint),
  kecamatan: z.array(KecamatanFigures),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const DashboardQuery = z.strictObject({ period: ReportPeriod });
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** A file made in core for the user to save: the shell turns it into a download or a save dialog. */
export const ExportFile = z.strictObject({
  fileName: z.string().min(1).max(200),
  mimeType: z.string().min(1).max(200),
  base64: z.string(),
});
export type ExportFile = z.infer<typeof ExportFile>;

/**
 * The figure a drill-down opens in the inbox (ComplaintFilters.figure): the items behind it, in the
 * period's WIB days. With dinasId: that dinas's dispositions only; actor: that moderator's decisions;
 * reason: that rejection reason. Kecamatan, open and overdue cells add the inbox's own filters
 * (kecamatanId, status, overdue) to 'received'.
 */
export const DRILL_FIGURES = [
  /** Received in the period; merged duplicates are not separate items (desk, trends, kecamatan). */
  'received',
  /** Verified / rejected / any desk decision (verify, hold, reject, not authority, merge) in the period. */
  'verified',
  'rejected',
  'decided',
  /** Dinas figures, per disposition: disposed to, acknowledged, first answered, answered late, settled. */
  'disposed',
  'acknowledged',
  'responded',
  'respondedLate',
  'settled',
  /** Open with the dinas at the period's end; disposed in the period and reopened while with it. */
  'backlog',
  'reopened',
] as const;
export const DrillFigure = z.enum(DRILL_FIGURES);
export type DrillFigure = z.infer<typeof DrillFigure>;

export const DrillDown = z.strictObject({
  figure: DrillFigure,
  period: ReportPeriod,
  dinasId: Slug.optional(),
  actor: z.string().min(1).max(LIMITS.idLength).optional(),
  reason: RejectReason.optional(),
});
export type DrillDown = z.infer<typeof DrillDown>;
