import { z } from 'zod';
import { FLAG_LABELS } from '../flagging/types.ts';

/** The four risks flagging scores (shared/flagging); valid and off_topic are suggestions only. */
export const FLAG_RISKS = ['abuse', 'unfair_attack', 'hoax', 'spam'] as const;
export const FlagRisk = z.enum(FLAG_RISKS);
export type FlagRisk = z.infer<typeof FlagRisk>;

export const FlagLabelSchema = z.enum(FLAG_LABELS);

const Score = z.number().min(0).max(1);

/** What a list row shows of an item's flags: a badge per risk and the suggestion. */
export const FlagSummary = z.strictObject({
  scores: z.strictObject({ abuse: Score, unfair_attack: Score, hoax: Score, spam: Score }),
  suggested: FlagLabelSchema,
  proposeRahasia: z.boolean(),
  maskProfanity: z.boolean(),
});
export type FlagSummary = z.infer<typeof FlagSummary>;
