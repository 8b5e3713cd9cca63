import { z } from 'zod';
import { ComplaintId, IsoDateTime } from '../domain/complaint.ts';
import { PASSWORD_MAX } from '../domain/users.ts';
import { Conflict } from '../sync/protocol.ts';

/** How this desk stands with its hub, for the header's sync badge and the sync screen. */
export const SyncStatus = z.strictObject({
  state: z.enum(['never-connected', 'offline', 'online', 'syncing']),
  /** "Kerja offline": the person switched all network use off. */
  offlineSwitch: z.boolean(),
  /** The hub refused this desk's sign-in: connect again with a hub account. */
  needsSignIn: z.boolean(),
  hubUrl: z.string().nullable(),
  pending: z.number().int().min(0),
  rejected: z.number().int().min(0),
  openConflicts: z.number().int().min(0),
  lastSyncAt: IsoDateTime.nullable(),
  lastError: z.string().nullable(),
  /** A long first sync: hub versions done of total. */
  progress: z.strictObject({ done: z.number().int(), total: z.number().int() }).nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncConnectInput = z.strictObject({
  hubUrl: z.url({ protocol: /^https?$/ }).max(500),
  username: z.string().trim().toLowerCase().min(1).max(40),
  /** Checked by the hub; only its scrypt hash is kept here, for signing in offline later. */
  password: z.string().min(1).max(PASSWORD_MAX),
});
export type SyncConnectInput = z.infer<typeof SyncConnectInput>;

/** A change of this desk that the hub refused for good, with its reason. */
export const RejectedChange = z.strictObject({
  opId: z.uuid(),
  clientSeq: z.number().int(),
  complaintId: ComplaintId,
  caseNo: z.string().nullable(),
  operation: z.string(),
  actor: z.string(),
  at: IsoDateTime,
  code: z.string(),
  message: z.string(),
});
export type RejectedChange = z.infer<typeof RejectedChange>;

export const ConflictItem = Conflict.extend({ caseNo: z.string().nullable() });
export type ConflictItem = z.infer<typeof ConflictItem>;

export const ConflictQuery = z.strictObject({ status: z.enum(['open', 'resolved']).optional() });
export const ConflictKey = z.strictObject({ id: z.uuid() });
