import { z } from 'zod';
import { ComplaintId } from '../domain/complaint.ts';
import { Operation } from '../domain/operations.ts';
import { ErrorCode } from './envelope.ts';

/** One call's most items: the renderer sends chunks smaller than this and shows progress between them. */
export const BULK_MAX_IDS = 500;

/**
 * Operations that carry their own client-made id (a note, a response) name one row: applied to many
 * items they would all claim that id, so they are not offered in bulk.
 */
const SINGLE_ITEM_ONLY: readonly Operation['name'][] = ['add_note', 'record_response'];

export const ApplyManyInput = z.strictObject({
  complaintIds: z
    .array(ComplaintId)
    .min(1)
    .max(BULK_MAX_IDS)
    .refine((ids) => new Set(ids).size === ids.length, 'each complaint at most once'),
  operation: Operation.refine((op) => !SINGLE_ITEM_ONLY.includes(op.name), {
    message: 'this operation applies to one complaint at a time',
  }),
});
export type ApplyManyInput = z.infer<typeof ApplyManyInput>;

/** Per item: applied, or refused with the reason (the state machine's, or a missing reference). */
export const BulkItemResult = z.discriminatedUnion('ok', [
  z.strictObject({ id: ComplaintId, ok: z.literal(true) }),
  z.strictObject({
    id: ComplaintId,
    ok: z.literal(false),
    error: z.strictObject({ code: ErrorCode, message: z.string() }),
  }),
]);
export type BulkItemResult = z.infer<typeof BulkItemResult>;

/** In the order of the ids asked for. */
export const ApplyManyResult = z.strictObject({ results: z.array(BulkItemResult) });
export type ApplyManyResult = z.infer<typeof ApplyManyResult>;
