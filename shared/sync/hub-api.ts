import { z } from 'zod';
import { ComplaintId } from '../domain/complaint.ts';
import { SignInInput, User } from '../domain/users.ts';

/*
 * The hub's own endpoints beside sync: password sign-in for desktops and people, and ingest for channel
 * connectors. Paths: POST /api/v1/auth/sign-in, POST /api/v1/ingest (see hub/openapi).
 */

export const HubSignInRequest = SignInInput;
export const HubSignIn = z.strictObject({
  /** Bearer token for every later call; the hub stores only its hash. */
  token: z.string(),
  user: User,
  expiresAt: z.iso.datetime({ offset: true }),
});
export type HubSignIn = z.infer<typeof HubSignIn>;

export const INGEST_LIMITS = { items: 1_000, bodyBytes: 1_048_576 } as const;

/** Items are checked one by one (IngestItem), so one bad item never fails the batch. */
export const IngestRequest = z.strictObject({
  items: z.array(z.unknown()).min(1).max(INGEST_LIMITS.items),
});

export const IngestItemResult = z.discriminatedUnion('status', [
  z.strictObject({ index: z.number().int(), status: z.literal('accepted'), id: ComplaintId }),
  z.strictObject({ index: z.number().int(), status: z.literal('duplicate'), id: ComplaintId }),
  z.strictObject({
    index: z.number().int(),
    status: z.literal('invalid'),
    reasons: z.array(z.string()).min(1),
  }),
]);
export type IngestItemResult = z.infer<typeof IngestItemResult>;

export const IngestResponse = z.strictObject({ results: z.array(IngestItemResult) });
export type IngestResponse = z.infer<typeof IngestResponse>;

