import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { Slug } from './master.ts';
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
});
export type ComplaintState = z.infer<typeof ComplaintState>;

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
});
export type ComplaintDetail = z.infer<typeof ComplaintDetail>;
