import { z } from 'zod';
import { ComplaintId, IsoDateTime } from '../domain/complaint.ts';
import { FlagLabelSchema, FlagSummary } from '../domain/flag.ts';
import { Slug } from '../domain/master.ts';
import { Status } from '../domain/vocabulary.ts';
import { FlagLists } from '../flagging/lists.ts';

/** One rule that fired; start/end are UTF-16 offsets into the citizen's text (see shared/flagging). */
export const FlagReasonOut = z.strictObject({
  kind: z.string(),
  term: z.string(),
  weight: z.number(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  note: z.string().optional(),
});
export type FlagReasonOut = z.infer<typeof FlagReasonOut>;

export const FlagFeedbackInput = z.strictObject({
  complaintId: ComplaintId,
  label: FlagLabelSchema,
  agree: z.boolean(),
});
export type FlagFeedbackInput = z.infer<typeof FlagFeedbackInput>;

/** An item's flags with their reasons, and the caller's own agree/disagree with a label, if any. */
export const FlagDetail = z.strictObject({
  flag: FlagSummary.extend({ reasons: z.array(FlagReasonOut), scoredAt: IsoDateTime }).nullable(),
  feedback: z.array(z.strictObject({ label: FlagLabelSchema, agree: z.boolean() })),
});
export type FlagDetail = z.infer<typeof FlagDetail>;

/** How far scoring has got: backlog is what is not scored yet (new items, or open ones after a change). */
export const FlagStatus = z.strictObject({
  scored: z.number().int(),
  failed: z.number().int(),
  backlog: z.number().int(),
  /** The last chunk the worker scored, for the admins' figures. */
  lastChunk: z.strictObject({ items: z.number().int(), ms: z.number() }).nullable(),
});
export type FlagStatus = z.infer<typeof FlagStatus>;

export const ClusterMember = z.strictObject({
  id: ComplaintId,
  caseNo: z.string(),
  authorHandle: z.string(),
  text: z.string(),
  receivedAt: IsoDateTime,
  status: Status,
});
export type ClusterMember = z.infer<typeof ClusterMember>;

export const FlagClusters = z.strictObject({
  computedAt: IsoDateTime,
  /** Open items looked at. */
  items: z.number().int(),
  duplicates: z.array(
    z.strictObject({
      master: ClusterMember,
      members: z.array(ClusterMember),
      kecamatanId: Slug.nullable(),
      similarity: z.number(),
    }),
  ),
  campaigns: z.array(
    z.strictObject({
      members: z.array(ClusterMember),
      accounts: z.array(z.string()),
      from: IsoDateTime,
      to: IsoDateTime,
      similarity: z.number(),
    }),
  ),
});
export type FlagClusters = z.infer<typeof FlagClusters>;

const LabelQuality = z.strictObject({
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  support: z.number().int(),
});
export const FlagQuality = z.strictObject({
  perLabel: z.record(FlagLabelSchema, LabelQuality),
  abuseFalsePositiveRate: z.number(),
  accuracy: z.number(),
  count: z.number().int(),
});

/** The learned model in use and how well it did on the desk's held-out examples. */
export const FlagModelInfo = z.strictObject({
  model: z
    .strictObject({
      version: z.number().int(),
      trainedAt: IsoDateTime,
      examples: z.number().int(),
      trainedOn: z.number().int(),
      heldOut: z.strictObject({ rules: FlagQuality, combined: FlagQuality }),
      macroF1: z.strictObject({ rules: z.number(), combined: z.number() }),
    })
    .nullable(),
  /** Examples the desk has now (verdicts and feedback); a retrain comes after `retrainAfter` new ones. */
  examples: z.number().int(),
  retrainAfter: z.number().int(),
});
export type FlagModelInfo = z.infer<typeof FlagModelInfo>;

/** The word lists in use: version 0 is the shipped set; each admin save makes the next version. */
export const FlagListsState = z.strictObject({
  version: z.number().int().min(0),
  lists: FlagLists,
  savedBy: z.string().nullable(),
  savedAt: IsoDateTime.nullable(),
});
export type FlagListsState = z.infer<typeof FlagListsState>;

/** A save names the version it edited: a save over someone else's newer one is refused. */
export const FlagListsSave = z.strictObject({ baseVersion: z.number().int().min(0), lists: FlagLists });
export type FlagListsSave = z.infer<typeof FlagListsSave>;
