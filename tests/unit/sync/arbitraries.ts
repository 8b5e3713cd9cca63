import fc from 'fast-check';
import {
  COMPLAINT_TYPES,
  CONFIDENTIALITIES,
  PRIORITIES,
  REJECT_REASONS,
  STATUSES,
  VERDICTS,
  type ComplaintState,
  type Operation,
} from '../../../shared/index.ts';

const DINAS = ['pupr', 'dishub', 'dlh'] as const;
const CATEGORIES = ['jalan-rusak', 'drainase', 'lampu-jalan'] as const;

/** Any complaint state, including ones no real history produces: replay must hold for all of them. */
export const anyState: fc.Arbitrary<ComplaintState> = fc.record({
  status: fc.constantFrom(...STATUSES),
  verdict: fc.constantFrom(...VERDICTS),
  rejectReason: fc.option(fc.constantFrom(...REJECT_REASONS), { nil: null }),
  type: fc.option(fc.constantFrom(...COMPLAINT_TYPES), { nil: null }),
  categoryId: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
  dinasId: fc.option(fc.constantFrom(...DINAS), { nil: null }),
  priority: fc.constantFrom(...PRIORITIES),
  confidentiality: fc.constantFrom(...CONFIDENTIALITIES),
  responsibleParty: fc.constant(null),
  masterId: fc.constant(null),
  laporTrackingNo: fc.constant(null),
  laporRecorded: fc.boolean(),
  assigneeId: fc.constant(null),
  flagged: fc.boolean(),
});

/** Operations with valid arguments over the city's real ids, so the same ones work against a database. */
export const anyOperation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    name: fc.constant('verify' as const),
    args: fc.record({
      type: fc.constantFrom(...COMPLAINT_TYPES),
      categoryId: fc.constantFrom(...CATEGORIES),
      priority: fc.constantFrom(...PRIORITIES),
      confidentiality: fc.constantFrom(...CONFIDENTIALITIES),
    }),
  }),
  fc.record({ name: fc.constant('hold' as const), args: fc.constant({ missing: 'lokasi' }) }),
  fc.record({
    name: fc.constant('reject' as const),
    args: fc.record({ reason: fc.constantFrom(...REJECT_REASONS) }),
  }),
  fc.record({
    name: fc.constant('dispose' as const),
    args: fc.record({ dinasId: fc.constantFrom(...DINAS), reason: fc.constant('pindah') }),
  }),
  fc.record({ name: fc.constant('acknowledge' as const), args: fc.constant({}) }),
  fc.record({ name: fc.constant('archive' as const), args: fc.constant({}) }),
  fc.record({ name: fc.constant('reopen' as const), args: fc.constant({ reason: 'dibuka lagi' }) }),
  fc.record({
    name: fc.constant('set_priority' as const),
    args: fc.record({ priority: fc.constantFrom(...PRIORITIES) }),
  }),
  fc.record({
    name: fc.constant('set_flag' as const),
    args: fc.record({ flagged: fc.boolean() }),
  }),
  fc.record({
    name: fc.constant('add_note' as const),
    args: fc.record({ noteId: fc.uuid({ version: 4 }), text: fc.constant('catatan') }),
  }),
);
