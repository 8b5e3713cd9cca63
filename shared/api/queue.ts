import { z } from 'zod';
import { ComplaintId, IsoDateTime } from '../domain/complaint.ts';
import { Slug } from '../domain/master.ts';
import type { Status } from '../domain/vocabulary.ts';
import type { ComplaintFilters } from './queries.ts';

/** With the dinas: disposed and not yet confirmed done. */
export const WITH_DINAS_STATUSES: readonly Status[] = ['didisposisikan', 'diproses', 'ditindaklanjuti'];
/** Anything not closed: what still sits in someone's queue. */
export const OPEN_STATUSES: readonly Status[] = ['baru', 'ditunda', 'terverifikasi', ...WITH_DINAS_STATUSES];

/**
 * The inbox filters behind each figure of the supervisor queue. The core counts with exactly these
 * filters and the screen drills down with them, so a figure and the list it opens always agree.
 */
export const queueFilters = {
  dinasOpen: (dinasId: string): ComplaintFilters => ({
    dinasId: [dinasId],
    status: [...WITH_DINAS_STATUSES],
  }),
  dinasOverdue: (dinasId: string): ComplaintFilters => ({
    ...queueFilters.dinasOpen(dinasId),
    overdue: true,
  }),
  assigned: (userId: string): ComplaintFilters => ({ assigneeId: [userId], status: [...OPEN_STATUSES] }),
  assignedOverdue: (userId: string): ComplaintFilters => ({
    ...queueFilters.assigned(userId),
    overdue: true,
  }),
};

export const DinasQueue = z.strictObject({
  dinasId: Slug,
  open: z.number().int(),
  overdue: z.number().int(),
  /** The open item that has waited longest in its current stage, and since when; null when none is open. */
  oldest: z.strictObject({ id: ComplaintId, since: IsoDateTime }).nullable(),
});
export type DinasQueue = z.infer<typeof DinasQueue>;

export const ModeratorQueue = z.strictObject({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  assigned: z.number().int(),
  overdue: z.number().int(),
  /** Decisions (verify, reject, dispose, …) the person made since midnight WIB, from the audit log. */
  decidedToday: z.number().int(),
});
export type ModeratorQueue = z.infer<typeof ModeratorQueue>;

export const QueueSummary = z.strictObject({
  asOf: IsoDateTime,
  /** Every dinas, in the master data's order. */
  dinas: z.array(DinasQueue),
  /** Every active moderator and supervisor, by name. */
  moderators: z.array(ModeratorQueue),
});
export type QueueSummary = z.infer<typeof QueueSummary>;
