import { z } from 'zod';
import { IsoDateTime } from './complaint.ts';
import { LIMITS } from './limits.ts';
import { Channel } from './vocabulary.ts';

/** Printable text only: control characters (other than tab and newlines) are refused, not stripped. */
const Text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'contains control characters');

/** One complaint as a channel connector delivers it (the hub's POST /api/v1/ingest item). */
export const IngestItem = z.strictObject({
  channel: Channel,
  /** The channel's own id: (channel, externalId) makes ingest idempotent. */
  externalId: Text(LIMITS.idLength * 4).pipe(z.string().min(1)),
  author: z.strictObject({
    handle: Text(LIMITS.handle).pipe(z.string().min(1)),
    name: Text(LIMITS.shortText).optional(),
  }),
  text: Text(LIMITS.complaintText).pipe(z.string().trim().min(1)),
  receivedAt: IsoDateTime,
  place: z
    .strictObject({
      kecamatan: Text(LIMITS.shortText).optional(),
      kelurahan: Text(LIMITS.shortText).optional(),
      address: Text(LIMITS.shortText * 2).optional(),
      lat: z.number().min(-90).max(90).optional(),
      lon: z.number().min(-180).max(180).optional(),
    })
    .optional(),
  media: z.array(z.url().max(2_000)).max(20).optional(),
});
export type IngestItem = z.infer<typeof IngestItem>;
