import { z } from 'zod';
import { ComplaintNote, ComplaintResponse, MergedReporter } from './case-file.ts';
import { ComplaintDeadline } from './deadline.ts';
import { FlagSummary } from './flag.ts';
import { LIMITS } from './limits.ts';
import { Slug } from './master.ts';
import { UserId } from './users.ts';
import {
  Channel,
  ComplaintType,
  Confidentiality,
  Priority,
  RejectReason,
  Status,
  Verdict,
} from './vocabulary.ts';

export const ComplaintId = z.string().min(1).max(LIMITS.idLength);

/** Times always carry their offset: a complaint received at 23:30 WIB must not move to another day. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** Media and evidence links end up as links in the UI: only http(s), never javascript:, data: or file:. */
export const WebLink = z.url({ protocol: /^https?$/ }).max(2_000);

/** The number SP4N-LAPOR! gives a report: letters and digits as its dashboard shows them. */
export const LaporTrackingNo = z
  .string()
  .trim()
  .max(40)
  .regex(/^[A-Za-z0-9]+$/, 'letters and digits only, at most 40');

/** The part of a complaint that operations change; the reducer works on exactly this. */
export const ComplaintState = z.strictObject({
  status: Status,
  verdict: Verdict,
  rejectReason: RejectReason.nullable(),
  type: ComplaintType.nullable(),
  categoryId: Slug.nullable(),
  dinasId: Slug.nullable(),
  priority: Priority,
  confidentiality: Confidentiality,
  responsibleParty: z.string().max(LIMITS.shortText).nullable(),
  masterId: ComplaintId.nullable(),
  laporTrackingNo: LaporTrackingNo.nullable(),
  laporRecorded: z.boolean(),
  /** The moderator whose queue ("Antrean saya") holds the item. */
  assigneeId: UserId.nullable(),
  flagged: z.boolean(),
});
export type ComplaintState = z.infer<typeof ComplaintState>;

/** A complaint as ingest creates it, on the hub or a desk: at the desk, nothing decided yet. */
export const NEW_COMPLAINT_STATE: ComplaintState = {
  status: 'baru',
  verdict: 'belum',
  rejectReason: null,
  type: null,
  categoryId: null,
  dinasId: null,
  priority: 'sedang',
  confidentiality: 'biasa',
  responsibleParty: null,
  masterId: null,
  laporTrackingNo: null,
  laporRecorded: false,
  assigneeId: null,
  flagged: false,
};

export const ComplaintRow = ComplaintState.extend({
  id: ComplaintId,
  caseNo: z.string(),
  channel: Channel,
  authorHandle: z.string(),
  authorName: z.string().nullable(),
  text: z.string(),
  receivedAt: IsoDateTime,
  kecamatanId: Slug.nullable(),
  isDemo: z.boolean(),
  deadline: ComplaintDeadline.nullable(),
  /** Automatic flags (desk lists only; null: not scored yet or scoring failed, absent elsewhere). */
  flag: FlagSummary.nullable().optional(),
});
export type ComplaintRow = z.infer<typeof ComplaintRow>;

export const ComplaintEvent = z.strictObject({
  id: z.number().int(),
  at: IsoDateTime,
  actor: z.string(),
  device: z.string(),
  operation: z.string(),
  before: ComplaintState.partial(),
  after: ComplaintState.partial(),
  note: z.string().nullable(),
});
export type ComplaintEvent = z.infer<typeof ComplaintEvent>;

export const ComplaintDetail = ComplaintRow.extend({
  externalId: z.string(),
  kelurahan: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  media: z.array(z.string()),
  events: z.array(ComplaintEvent),
  /** The text as it may be shown publicly: profanity masked, the grievance kept. */
  publicText: z.string(),
  notes: z.array(ComplaintNote),
  responses: z.array(ComplaintResponse),
  /** On a master: every reporter merged into it as a duplicate, oldest first. */
  mergedReporters: z.array(MergedReporter),
});
export type ComplaintDetail = z.infer<typeof ComplaintDetail>;
