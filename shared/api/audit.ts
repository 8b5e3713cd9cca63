import { z } from 'zod';
import { ComplaintId, IsoDateTime } from '../domain/complaint.ts';
import { LIMITS } from '../domain/limits.ts';

/**
 * Before and after of an audited change: only the fields that changed, each a plain value. Complaint
 * events hold ComplaintState fields; other events (users, settings) their own. Never a secret.
 */
export const AuditValues = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type AuditValues = z.infer<typeof AuditValues>;

/** One row of the append-only audit log: who, when, on which device, what changed and why. */
export const AuditEvent = z.strictObject({
  id: z.number().int(),
  at: IsoDateTime,
  actor: z.string(),
  device: z.string(),
  operation: z.string(),
  /** Set for complaint operations; the other events name their subject with entityType/entityId. */
  complaintId: ComplaintId.nullable(),
  caseNo: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  before: AuditValues,
  after: AuditValues,
  note: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditFilters = z.strictObject({
  /** A username, matched whole and without regard to case. */
  actor: z.string().trim().min(1).max(LIMITS.handle).optional(),
  operation: z.string().min(1).max(LIMITS.idLength).optional(),
  complaintId: ComplaintId.optional(),
  caseNo: z.string().trim().min(1).max(LIMITS.idLength).optional(),
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
});
export type AuditFilters = z.infer<typeof AuditFilters>;

export const AuditListQuery = z.strictObject({
  filters: AuditFilters,
  offset: z.number().int().min(0).max(LIMITS.maxOffset),
  limit: z.number().int().min(1).max(LIMITS.pageSize),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

/** Newest first. `hasMore` instead of a total: counting a long log on every page is not worth it. */
export const AuditPage = z.strictObject({
  rows: z.array(AuditEvent),
  offset: z.number().int(),
  hasMore: z.boolean(),
});
export type AuditPage = z.infer<typeof AuditPage>;

/** edited: the row's content no longer matches its hash. chain_broken: a row before it is missing. */
export const AUDIT_PROBLEMS = ['edited', 'chain_broken'] as const;
export const AuditProblem = z.enum(AUDIT_PROBLEMS);
export type AuditProblem = z.infer<typeof AuditProblem>;

export const AuditCheck = z.strictObject({
  checked: z.number().int(),
  broken: z.array(z.strictObject({ id: z.number().int(), problem: AuditProblem })),
});
export type AuditCheck = z.infer<typeof AuditCheck>;

export const AuditCsv = z.strictObject({ filename: z.string(), csv: z.string() });
export type AuditCsv = z.infer<typeof AuditCsv>;

/** An export larger than this is refused with a request to narrow the filters. */
export const AUDIT_EXPORT_MAX = 50_000;
