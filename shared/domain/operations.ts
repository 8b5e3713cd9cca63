import { z } from 'zod';
import { ComplaintId, ComplaintState, IsoDateTime, LaporTrackingNo, WebLink } from './complaint.ts';
import { LIMITS } from './limits.ts';
import { Slug } from './master.ts';
import { UserId } from './users.ts';
import { ComplaintType, Confidentiality, Priority, RejectReason } from './vocabulary.ts';

const Note = z.string().trim().max(LIMITS.noteText);
const Reason = z.string().trim().min(1).max(LIMITS.noteText);
const ClientId = z.uuid();

/**
 * Every change a person makes is one of these named operations. The desktop applies it optimistically
 * and appends it to its outbox in the same transaction; the hub applies it again authoritatively.
 */
export const Operation = z.discriminatedUnion('name', [
  z.strictObject({
    name: z.literal('verify'),
    args: z.strictObject({
      type: ComplaintType,
      categoryId: Slug,
      priority: Priority,
      confidentiality: Confidentiality,
      note: Note.optional(),
    }),
  }),
  z.strictObject({ name: z.literal('hold'), args: z.strictObject({ missing: Reason }) }),
  z.strictObject({
    name: z.literal('reject'),
    args: z.strictObject({ reason: RejectReason, note: Note.optional() }),
  }),
  z.strictObject({
    name: z.literal('mark_not_authority'),
    args: z.strictObject({ responsibleParty: Reason.max(LIMITS.shortText), note: Note.optional() }),
  }),
  z.strictObject({
    name: z.literal('merge_duplicate'),
    args: z.strictObject({ masterId: ComplaintId }),
  }),
  z.strictObject({ name: z.literal('archive'), args: z.strictObject({ note: Note.optional() }) }),
  z.strictObject({ name: z.literal('reopen'), args: z.strictObject({ reason: Reason }) }),
  z.strictObject({
    name: z.literal('dispose'),
    args: z.strictObject({ dinasId: Slug, reason: Note.optional() }),
  }),
  z.strictObject({ name: z.literal('acknowledge'), args: z.strictObject({}) }),
  z.strictObject({
    name: z.literal('record_response'),
    args: z.strictObject({
      responseId: ClientId,
      text: Reason,
      respondedAt: IsoDateTime,
      isPublic: z.boolean(),
      evidence: z.array(WebLink).max(20),
    }),
  }),
  z.strictObject({
    name: z.literal('confirm_done'),
    args: z.strictObject({ by: z.enum(['supervisor', 'pelapor']), note: Note.optional() }),
  }),
  z.strictObject({ name: z.literal('return_to_dinas'), args: z.strictObject({ reason: Reason }) }),
  z.strictObject({
    name: z.literal('add_note'),
    args: z.strictObject({ noteId: ClientId, text: Reason }),
  }),
  z.strictObject({ name: z.literal('set_priority'), args: z.strictObject({ priority: Priority }) }),
  z.strictObject({
    name: z.literal('set_lapor'),
    args: z.strictObject({ trackingNo: LaporTrackingNo.nullable(), recorded: z.boolean() }),
  }),
  z.strictObject({ name: z.literal('assign'), args: z.strictObject({ userId: UserId.nullable() }) }),
  z.strictObject({
    name: z.literal('set_flag'),
    args: z.strictObject({ flagged: z.boolean(), reason: Note.optional() }),
  }),
  /** A supervisor settles a sync conflict: value is the chosen side's fields (see shared/design/sync.md). */
  z.strictObject({
    name: z.literal('resolve_conflict'),
    args: z.strictObject({
      conflictId: z.uuid(),
      choice: z.enum(['current', 'incoming']),
      value: ComplaintState.partial(),
      note: Note.optional(),
    }),
  }),
]);
export type Operation = z.infer<typeof Operation>;
export type OperationName = Operation['name'];
export const OPERATION_NAMES = Operation.options.map((o) => o.shape.name.value);
