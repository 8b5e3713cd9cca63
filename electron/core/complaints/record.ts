import type { ComplaintRow } from '../../../shared/index.ts';
import type { DeadlineOf } from '../deadlines/read.ts';
import { FLAG_SUMMARY_COLUMN, summaryFromJson } from '../flags/store.ts';

/** The complaint columns a list row needs, aliased to the names of ComplaintRecord. */
export const ROW_COLUMNS = `c.id, c.case_no AS caseNo, c.channel, c.author_handle AS authorHandle,
  c.author_name AS authorName, c.text, c.received_at AS receivedAt, c.kecamatan_id AS kecamatanId,
  c.is_demo AS isDemo, c.status, c.verdict, c.reject_reason AS rejectReason, c.type,
  c.category_id AS categoryId, c.dinas_id AS dinasId, c.priority, c.confidentiality,
  c.responsible_party AS responsibleParty, c.master_id AS masterId, c.due_ms AS dueMs,
  c.lapor_tracking_no AS laporTrackingNo, c.lapor_recorded AS laporRecorded, c.assignee_id AS assigneeId,
  c.flagged, ${FLAG_SUMMARY_COLUMN} AS flagJson`;

/** A row as SQLite returns it for ROW_COLUMNS: the values the schema and the writers guarantee. */
export type ComplaintRecord = WithSqlFlags<Omit<ComplaintRow, 'isDemo' | 'deadline' | 'flag'>> & {
  isDemo: 0 | 1;
  dueMs: number | null;
  flagJson: string | null;
};

/** SQLite has no booleans: the state's two flags come back as 0 or 1. */
type WithSqlFlags<T> = Omit<T, 'laporRecorded' | 'flagged'> & { laporRecorded: 0 | 1; flagged: 0 | 1 };

const fromSqlFlags = <T extends { laporRecorded: 0 | 1; flagged: 0 | 1 }>(
  record: T,
): Omit<T, 'laporRecorded' | 'flagged'> & { laporRecorded: boolean; flagged: boolean } => ({
  ...record,
  laporRecorded: record.laporRecorded === 1,
  flagged: record.flagged === 1,
});

/** `deadlineOf` comes from deadlineReader, made once for all the records being read. */
export const toComplaintRow = (
  { isDemo, dueMs, flagJson, ...rest }: ComplaintRecord,
  deadlineOf: DeadlineOf,
): ComplaintRow => ({
  ...fromSqlFlags(rest),
  isDemo: isDemo === 1,
  deadline: deadlineOf(rest.status, dueMs),
  flag: summaryFromJson(flagJson),
});
