import { z } from 'zod';
import { LocalDay } from '../domain/deadline.ts';
import { Slug } from '../domain/master.ts';
import { RejectReason } from '../domain/vocabulary.ts';

/*
 * What supervisors measure (shared/design/product.md): per dinas and period, in working time under the
 * deadline rules. Durations are working hours (workingTimeMs / 3.6e6); shares are 0..1; null = no data.
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
  disposed: Count,
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

export const KecamatanFigures = z.strictObject({
  kecamatanId: Slug.nullable(),
  received: Count,
  open: Count,
  overdueNow: Count,
});

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
