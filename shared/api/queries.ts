import { z } from 'zod';
import { ComplaintId, ComplaintRow, IsoDateTime } from '../domain/complaint.ts';
import { LIMITS } from '../domain/limits.ts';
import { FlagRisk } from '../domain/flag.ts';
import { Slug } from '../domain/master.ts';
import { Channel, Status, Verdict } from '../domain/vocabulary.ts';
import { DrillDown } from './reports.ts';

const anyOf = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.filterValues).optional();

export const ComplaintFilters = z.strictObject({
  status: anyOf(Status),
  verdict: anyOf(Verdict),
  channel: anyOf(Channel),
  categoryId: anyOf(Slug),
  dinasId: anyOf(Slug),
  kecamatanId: anyOf(Slug),
  receivedFrom: IsoDateTime.optional(),
  receivedTo: IsoDateTime.optional(),
  /** Only items whose verification or follow-up deadline has passed (see isLate). */
  overdue: z.boolean().optional(),
  /** Items in these people's queues (user ids): "Antrean saya" and the supervisor's drill-down. */
  assigneeId: anyOf(z.string().min(1).max(LIMITS.idLength)),
  /** Only items someone flagged for attention (true), or only unflagged ones (false). */
  flagged: z.boolean().optional(),
  /** Case numbers starting with this, any letter case ("tsm-2026-0004"): finding the item a citizen quotes. */
  caseNo: z.string().trim().min(1).max(LIMITS.idLength).optional(),
  /** Full-text words; every word must match (prefix match on the last one while typing). */
  text: z.string().max(LIMITS.searchText).optional(),
  /** The items behind a dashboard figure (see DRILL_FIGURES). */
  figure: DrillDown.optional(),
  /** Items whose automatic flag for this risk scored at least `min` (0..1; LIKELY is 0.5). */
  flag: z.strictObject({ label: FlagRisk, min: z.number().min(0).max(1) }).optional(),
});
export type ComplaintFilters = z.infer<typeof ComplaintFilters>;

/** 'flag' sorts by the strongest automatic flag score (items not scored yet count as 0). */
export const SORT_KEYS = [
  'receivedAt',
  'caseNo',
  'status',
  'channel',
  'kecamatanId',
  'priority',
  'flag',
] as const;
export const ComplaintSort = z.strictObject({
  by: z.enum(SORT_KEYS),
  dir: z.enum(['asc', 'desc']),
});
export type ComplaintSort = z.infer<typeof ComplaintSort>;

export const ComplaintListQuery = z.strictObject({
  filters: ComplaintFilters,
  sort: ComplaintSort,
  offset: z.number().int().min(0).max(LIMITS.maxOffset),
  limit: z.number().int().min(1).max(LIMITS.pageSize),
});
export type ComplaintListQuery = z.infer<typeof ComplaintListQuery>;

export const ComplaintPage = z.strictObject({
  rows: z.array(ComplaintRow),
  offset: z.number().int(),
});
export type ComplaintPage = z.infer<typeof ComplaintPage>;

/** Counts stop at LIMITS.countCap so a common search word never costs a full scan; `capped` says so. */
export const ComplaintCounts = z.strictObject({
  total: z.number().int(),
  capped: z.boolean(),
});
export type ComplaintCounts = z.infer<typeof ComplaintCounts>;

export const ById = z.strictObject({ id: ComplaintId });

/** An export of the inbox as filtered and sorted on screen: every matching row the caller may see. */
export const ComplaintExportQuery = z.strictObject({ filters: ComplaintFilters, sort: ComplaintSort });
export type ComplaintExportQuery = z.infer<typeof ComplaintExportQuery>;
