import { z } from 'zod';
import { ComplaintNote, ComplaintResponse } from '../domain/case-file.ts';
import { ComplaintId, ComplaintState, IsoDateTime } from '../domain/complaint.ts';
import { DeadlineProfileInput, HolidayAdjustment } from '../domain/deadline.ts';
import { MasterData, Slug } from '../domain/master.ts';
import { Operation } from '../domain/operations.ts';
import { User } from '../domain/users.ts';
import { Channel } from '../domain/vocabulary.ts';
import { GROUP_NAMES, type FieldGroup } from './field-groups.ts';

/*
 * The wire contract between a desktop and the hub (shared/design/sync.md): operations go up, versioned
 * state comes down. hub/ serves it, electron/core/sync/ speaks it; both validate with these schemas.
 */

export const SYNC_LIMITS = { pushOps: 500, pullRows: 5_000, pullDefault: 1_000 } as const;

export const ClientId = z.uuid();
const Version = z.number().int().min(0);

/** The version each field group had when the person saw it (the operation's read set). */
export const GroupVersionsSchema = z.strictObject(
  Object.fromEntries(GROUP_NAMES.map((g) => [g, Version])) as Record<FieldGroup, typeof Version>,
);

/** One outbox row as pushed: opId is made once on the desktop and never regenerated. */
export const SyncOp = z.strictObject({
  opId: z.uuid(),
  clientSeq: z.number().int().min(1),
  complaintId: ComplaintId,
  operation: Operation,
  readSet: GroupVersionsSchema,
  /** The username of the person who acted (may differ from the pusher on a shared desk). */
  actor: z.string().min(1).max(40),
  device: z.string().min(1).max(120),
  at: IsoDateTime,
});
export type SyncOp = z.infer<typeof SyncOp>;

export const PushRequest = z.strictObject({
  clientId: ClientId,
  /** Ascending, gapless clientSeq; the first must be the hub's lastClientSeq + 1 (else 409 seq_gap). */
  ops: z.array(SyncOp).min(1).max(SYNC_LIMITS.pushOps),
});
export type PushRequest = z.infer<typeof PushRequest>;

/** What the hub did with one operation; a resend returns the stored outcome from the ledger. */
export const OpOutcome = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('applied'), version: Version }),
  /** Someone else already made the same decision: the second actor is recorded, nothing changes. */
  z.strictObject({ outcome: z.literal('converged'), version: Version }),
  z.strictObject({ outcome: z.literal('conflict'), version: Version, conflictId: z.uuid() }),
  /** Permanent: invalid, not allowed for the actor, or refused by the state machine. */
  z.strictObject({ outcome: z.literal('rejected'), code: z.string(), message: z.string() }),
]);
export type OpOutcome = z.infer<typeof OpOutcome>;

export const OpResult = z.intersection(
  z.strictObject({ opId: z.uuid(), clientSeq: z.number().int().min(1) }),
  OpOutcome,
);
export type OpResult = z.infer<typeof OpResult>;

export const PushResponse = z.strictObject({
  hubEpoch: z.string(),
  lastClientSeq: z.number().int().min(0),
  results: z.array(OpResult),
});
export type PushResponse = z.infer<typeof PushResponse>;

export const PullRequest = z.strictObject({
  clientId: ClientId,
  /** 0 on the first sync; afterwards the cursor the previous page returned. */
  cursor: Version,
  limit: z.number().int().min(1).max(SYNC_LIMITS.pullRows).default(SYNC_LIMITS.pullDefault),
});
export type PullRequest = z.infer<typeof PullRequest>;

/** The hub's copy of a complaint: what pull writes into the desktop's base rows. */
export const SyncedComplaint = z.strictObject({
  id: ComplaintId,
  caseNo: z.string(),
  channel: Channel,
  externalId: z.string(),
  authorHandle: z.string(),
  authorName: z.string().nullable(),
  text: z.string(),
  receivedAt: IsoDateTime,
  kecamatanId: Slug.nullable(),
  kelurahan: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  media: z.array(z.string()),
  state: ComplaintState,
  versions: GroupVersionsSchema,
  /** An open conflict waits for a supervisor. */
  needsReview: z.boolean(),
  /** The hub version of the last change to this row. */
  version: Version,
});
export type SyncedComplaint = z.infer<typeof SyncedComplaint>;

/** One entry of an item's history as the hub recorded it (the timeline on every desktop). */
export const SyncedEvent = z.strictObject({
  id: z.number().int().min(1),
  complaintId: ComplaintId,
  opId: z.uuid().nullable(),
  at: IsoDateTime,
  actor: z.string(),
  device: z.string(),
  operation: z.string(),
  before: ComplaintState.partial(),
  after: ComplaintState.partial(),
  note: z.string().nullable(),
});
export type SyncedEvent = z.infer<typeof SyncedEvent>;

export const SyncedNote = ComplaintNote.extend({ complaintId: ComplaintId });
export const SyncedResponse = ComplaintResponse.extend({
  complaintId: ComplaintId,
  /** The item was no longer with this dinas when the response arrived: kept, and flagged for review. */
  needsReview: z.boolean(),
});

const ConflictSide = z.strictObject({
  opId: z.uuid().nullable(),
  actor: z.string(),
  at: IsoDateTime,
  /** The fields of the group as that side left them (or would have). */
  value: ComplaintState.partial(),
  operation: z.string(),
});

export const Conflict = z.strictObject({
  id: z.uuid(),
  complaintId: ComplaintId,
  group: z.enum(GROUP_NAMES as [FieldGroup, ...FieldGroup[]]),
  createdAt: IsoDateTime,
  current: ConflictSide,
  incoming: ConflictSide,
  status: z.enum(['open', 'resolved']),
  resolution: z
    .strictObject({ choice: z.enum(['current', 'incoming']), actor: z.string(), at: IsoDateTime })
    .nullable(),
});
export type Conflict = z.infer<typeof Conflict>;

/** Master data, sent whole when any of it changed since the cursor. */
export const SyncedMaster = z.strictObject({
  data: MasterData,
  users: z.array(User),
  deadlineProfiles: z.array(DeadlineProfileInput),
  holidays: z.array(HolidayAdjustment),
  wordlists: z.record(z.string(), z.array(z.string())),
});
export type SyncedMaster = z.infer<typeof SyncedMaster>;

/** One page, read from one snapshot; pages end on whole versions so a resumed pull never skips. */
export const PullResponse = z.strictObject({
  hubEpoch: z.string(),
  cursor: Version,
  /** The newest version on the hub when this page was read (for a progress bar). */
  headVersion: Version,
  more: z.boolean(),
  lastClientSeq: z.number().int().min(0),
  complaints: z.array(SyncedComplaint),
  events: z.array(SyncedEvent),
  notes: z.array(SyncedNote),
  responses: z.array(SyncedResponse),
  conflicts: z.array(Conflict),
  master: SyncedMaster.nullable(),
});
export type PullResponse = z.infer<typeof PullResponse>;

export const Health = z.strictObject({
  ok: z.literal(true),
  hubEpoch: z.string(),
  version: Version,
  time: IsoDateTime,
});
export type Health = z.infer<typeof Health>;

/** Every non-2xx answer of the hub. expectedSeq comes with 409 seq_gap. */
export const HubError = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.string()).optional(),
    expectedSeq: z.number().int().min(1).optional(),
  }),
});
export type HubError = z.infer<typeof HubError>;
