import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { Slug } from './master.ts';

/**
 * The three clocks of SP4N-LAPOR! (see shared/design/product.md, "Deadlines"): the desk verifies and
 * disposes, the dinas follows up, the reporter may answer the follow-up before it counts as done.
 */
export const DEADLINE_STAGES = ['verifikasi', 'tindak_lanjut', 'konfirmasi'] as const;
export const DeadlineStage = z.enum(DEADLINE_STAGES);
export type DeadlineStage = z.infer<typeof DeadlineStage>;

/** Working days (WIB, without weekends and holidays) or plain hours for urgent categories. */
export const DEADLINE_UNITS = ['hari_kerja', 'jam'] as const;
export const DeadlineUnit = z.enum(DEADLINE_UNITS);
export type DeadlineUnit = z.infer<typeof DeadlineUnit>;

/** Perpres 76/2013 allows 60 days at most; 720 hours is 30 days, far beyond any urgent clock. */
const MAX_AMOUNT: Record<DeadlineUnit, number> = { hari_kerja: 60, jam: 720 };

/** One clock: for a category, or for the whole city when categoryId is null. */
export const DeadlineProfileInput = z
  .strictObject({
    categoryId: Slug.nullable(),
    stage: DeadlineStage,
    amount: z.number().int().min(1),
    unit: DeadlineUnit,
  })
  .refine((p) => p.amount <= MAX_AMOUNT[p.unit], {
    message: `at most ${MAX_AMOUNT.hari_kerja} hari_kerja or ${MAX_AMOUNT.jam} jam`,
    path: ['amount'],
  });
export type DeadlineProfileInput = z.infer<typeof DeadlineProfileInput>;

export const DeadlineProfile = z.strictObject({
  id: z.number().int(),
  categoryId: Slug.nullable(),
  stage: DeadlineStage,
  amount: z.number().int(),
  unit: DeadlineUnit,
});
export type DeadlineProfile = z.infer<typeof DeadlineProfile>;

/** A WIB calendar day, 'YYYY-MM-DD', within the years a calendar is built for. */
export const LocalDay = z.iso
  .date()
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'a date between 2000 and 2100');

/** cuti_bersama: an extra day off; bukan_libur: a date the holiday package wrongly lists as a holiday. */
export const HOLIDAY_KINDS = ['cuti_bersama', 'bukan_libur'] as const;
export const HolidayKind = z.enum(HOLIDAY_KINDS);
export type HolidayKind = z.infer<typeof HolidayKind>;

export const HolidayAdjustment = z.strictObject({
  date: LocalDay,
  kind: HolidayKind,
  note: z.string().trim().max(LIMITS.shortText),
});
export type HolidayAdjustment = z.infer<typeof HolidayAdjustment>;

/**
 * Where a complaint's running clock stands, computed when it is read: "sisa 2 hari kerja",
 * "terlambat 1 hari kerja". Null when no clock runs: the item is closed, merged or rejected.
 */
export const ComplaintDeadline = z.strictObject({
  stage: DeadlineStage,
  /** The exclusive end of the due time, in WIB (+07:00). (IsoDateTime: complaint.ts imports this file.) */
  dueAt: z.iso.datetime({ offset: true }),
  standing: z.strictObject({
    kind: z.enum(['remaining', 'overdue']),
    workingDays: z.number().int().min(0),
  }),
});
export type ComplaintDeadline = z.infer<typeof ComplaintDeadline>;

/**
 * Stages whose missed deadline is a delay someone must answer for. A missed konfirmasi deadline is the
 * opposite: the reporter did not reply, so the follow-up counts as accepted (done), not late.
 */
export const isLateStage = (stage: DeadlineStage): boolean => stage !== 'konfirmasi';

/** The deadline is missed and someone is late: what the inbox marks and the "Terlambat" view lists. */
export const isLate = (deadline: ComplaintDeadline | null): boolean =>
  deadline !== null && deadline.standing.kind === 'overdue' && isLateStage(deadline.stage);
