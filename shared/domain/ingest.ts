import { z } from 'zod';
import { IsoDateTime, WebLink } from './complaint.ts';
import { LIMITS } from './limits.ts';
import { Channel } from './vocabulary.ts';

/**
 * Printable text only: control characters (C0 other than tab and newlines, DEL, C1) are refused, not
 * stripped. So are unpaired surrogates (the `u` flag matches only those), which SQLite's UTF-8 would
 * silently turn into replacement characters.
 */
const Text = (max: number) =>
  z
    .string()
    .max(max)
    .refine(
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      (s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/u.test(s),
      'contains control characters or broken Unicode',
    );

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
  media: z.array(WebLink).max(20).optional(),
});
export type IngestItem = z.infer<typeof IngestItem>;
