import fc from 'fast-check';
import {
  COMPLAINT_TYPES,
  CONFIDENTIALITIES,
  LIMITS,
  PRIORITIES,
  REJECT_REASONS,
  STATUSES,
  VERDICTS,
  type ComplaintState,
  type Operation,
} from '../../../shared/index.ts';

/**
 * Generators for fast-check that produce values already valid (and already normalised, e.g. trimmed)
 * per the zod schemas, so they are exactly what the contract hands to the reducer.
 */

/** A few well-known slugs so that "same dinas" collisions happen often, plus arbitrary valid ones. */
export const slugArb = fc.oneof(
  fc.constantFrom('pupr', 'dishub', 'dlh'),
  fc.stringMatching(new RegExp(`^[a-z0-9][a-z0-9_-]{0,${LIMITS.idLength - 1}}$`)),
);

const complaintIdArb = fc.string({ minLength: 1, maxLength: LIMITS.idLength });

const laporNoArb = fc.stringMatching(/^[A-Za-z0-9]{1,40}$/);

/** Text as a schema with `.trim().min(1)` leaves it. */
const trimmedText = (maxLength: number) =>
  fc
    .string({ minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** A note: empty or text (the schema trims but allows empty). Optional keys use `requiredKeys`. */
const noteArb = fc.oneof(fc.constant(''), trimmedText(80));

const isoDateTimeArb = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const webLinkArb = fc
  .webUrl({ withQueryParameters: true, withFragments: true })
  .filter((u) => u.length <= 2_000);

/** Any state the ComplaintState schema accepts, consistent or not (the reducer must cope with all). */
export const complaintStateArb: fc.Arbitrary<ComplaintState> = fc.record({
  status: fc.constantFrom(...STATUSES),
  verdict: fc.constantFrom(...VERDICTS),
  rejectReason: fc.option(fc.constantFrom(...REJECT_REASONS), { nil: null }),
  type: fc.option(fc.constantFrom(...COMPLAINT_TYPES), { nil: null }),
  categoryId: fc.option(slugArb, { nil: null }),
  dinasId: fc.option(slugArb, { nil: null }),
  priority: fc.constantFrom(...PRIORITIES),
  confidentiality: fc.constantFrom(...CONFIDENTIALITIES),
  responsibleParty: fc.option(fc.string({ maxLength: LIMITS.shortText }), { nil: null }),
  masterId: fc.option(complaintIdArb, { nil: null }),
  laporTrackingNo: fc.option(laporNoArb, { nil: null }),
  laporRecorded: fc.boolean(),
  assigneeId: fc.option(fc.uuid({ version: 4 }), { nil: null }),
  flagged: fc.boolean(),
});

/** Every operation kind with valid arguments. */
export const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  fc
    .record(
      {
        type: fc.constantFrom(...COMPLAINT_TYPES),
        categoryId: slugArb,
        priority: fc.constantFrom(...PRIORITIES),
        confidentiality: fc.constantFrom(...CONFIDENTIALITIES),
        note: noteArb,
      },
      { requiredKeys: ['type', 'categoryId', 'priority', 'confidentiality'] },
    )
    .map((args) => ({ name: 'verify' as const, args })),
  trimmedText(80).map((missing) => ({ name: 'hold' as const, args: { missing } })),
  fc
    .record({ reason: fc.constantFrom(...REJECT_REASONS), note: noteArb }, { requiredKeys: ['reason'] })
    .map((args) => ({ name: 'reject' as const, args })),
  fc
    .record(
      { responsibleParty: trimmedText(LIMITS.shortText), note: noteArb },
      { requiredKeys: ['responsibleParty'] },
    )
    .map((args) => ({ name: 'mark_not_authority' as const, args })),
  complaintIdArb.map((masterId) => ({ name: 'merge_duplicate' as const, args: { masterId } })),
  fc.record({ note: noteArb }, { requiredKeys: [] }).map((args) => ({ name: 'archive' as const, args })),
  trimmedText(80).map((reason) => ({ name: 'reopen' as const, args: { reason } })),
  fc
    .record({ dinasId: slugArb, reason: noteArb }, { requiredKeys: ['dinasId'] })
    .map((args) => ({ name: 'dispose' as const, args })),
  fc.constant({ name: 'acknowledge' as const, args: {} }),
  fc
    .record({
      responseId: fc.uuid({ version: 4 }),
      text: trimmedText(80),
      respondedAt: isoDateTimeArb,
      isPublic: fc.boolean(),
      evidence: fc.array(webLinkArb, { maxLength: 3 }),
    })
    .map((args) => ({ name: 'record_response' as const, args })),
  fc
    .record(
      { by: fc.constantFrom('supervisor' as const, 'pelapor' as const), note: noteArb },
      { requiredKeys: ['by'] },
    )
    .map((args) => ({ name: 'confirm_done' as const, args })),
  trimmedText(80).map((reason) => ({ name: 'return_to_dinas' as const, args: { reason } })),
  fc
    .record({ noteId: fc.uuid({ version: 4 }), text: trimmedText(80) })
    .map((args) => ({ name: 'add_note' as const, args })),
  fc.constantFrom(...PRIORITIES).map((priority) => ({ name: 'set_priority' as const, args: { priority } })),
  fc
    .record({ trackingNo: fc.option(laporNoArb, { nil: null }), recorded: fc.boolean() })
    .map((args) => ({ name: 'set_lapor' as const, args })),
  fc
    .option(fc.uuid({ version: 4 }), { nil: null })
    .map((userId) => ({ name: 'assign' as const, args: { userId } })),
  fc
    .record({ flagged: fc.boolean(), reason: noteArb }, { requiredKeys: ['flagged'] })
    .map((args) => ({ name: 'set_flag' as const, args })),
);
