import { z } from 'zod';
import { DeadlineProfile, DeadlineStage, HolidayAdjustment, LocalDay } from '../domain/deadline.ts';
import { Slug } from '../domain/master.ts';

/** The admin's deadline settings, with one year's national holidays to show beside the adjustments. */
export const DeadlineSettingsQuery = z.strictObject({
  /** Whose national holidays to list; this year in Jakarta when left out. */
  year: z.number().int().min(2000).max(2100).optional(),
});

export const NationalHoliday = z.strictObject({ date: LocalDay, name: z.string() });
export type NationalHoliday = z.infer<typeof NationalHoliday>;

export const DeadlineSettings = z.strictObject({
  profiles: z.array(DeadlineProfile),
  adjustments: z.array(HolidayAdjustment),
  year: z.number().int(),
  nationalHolidays: z.array(NationalHoliday),
});
export type DeadlineSettings = z.infer<typeof DeadlineSettings>;

/** Which clock: a category's own, or the city default (null), which can be changed but never removed. */
export const DeadlineProfileKey = z.strictObject({ categoryId: Slug.nullable(), stage: DeadlineStage });

export const HolidayKey = z.strictObject({ date: LocalDay });

/** What a settings change did: how many open complaints got a new due time. */
export const DeadlineChange = z.strictObject({ recomputed: z.number().int().min(0) });
export type DeadlineChange = z.infer<typeof DeadlineChange>;
