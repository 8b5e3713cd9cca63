import { z } from 'zod';
import { Channel } from './vocabulary.ts';

/*
 * What the detail shows beside a complaint's own fields. (Times are spelled out rather than taken from
 * complaint.ts, which imports this file.)
 */
const At = z.iso.datetime({ offset: true });

/** An internal note: never shown to the reporter or the public. */
export const ComplaintNote = z.strictObject({
  id: z.string(),
  text: z.string(),
  actor: z.string(),
  createdAt: At,
});
export type ComplaintNote = z.infer<typeof ComplaintNote>;

/** A dinas's follow-up (tindak lanjut), public or internal, with its evidence links. */
export const ComplaintResponse = z.strictObject({
  id: z.string(),
  text: z.string(),
  respondedAt: At,
  isPublic: z.boolean(),
  evidence: z.array(z.string()),
  dinasId: z.string().nullable(),
  actor: z.string(),
  createdAt: At,
});
export type ComplaintResponse = z.infer<typeof ComplaintResponse>;

/** A citizen whose report was merged into this one: each keeps their own channel and case number. */
export const MergedReporter = z.strictObject({
  complaintId: z.string(),
  caseNo: z.string(),
  channel: Channel,
  authorHandle: z.string(),
  authorName: z.string().nullable(),
  receivedAt: At,
});
export type MergedReporter = z.infer<typeof MergedReporter>;
