import type { ComplaintRow } from '../../../shared/index.ts';

/** The complaint columns a list row needs, aliased to the names of ComplaintRecord. */
export const ROW_COLUMNS = `c.id, c.case_no AS caseNo, c.channel, c.author_handle AS authorHandle,
  c.author_name AS authorName, c.text, c.received_at AS receivedAt, c.kecamatan_id AS kecamatanId,
  c.is_demo AS isDemo, c.status, c.verdict, c.reject_reason AS rejectReason, c.type,
  c.category_id AS categoryId, c.dinas_id AS dinasId, c.priority, c.confidentiality,
  c.responsible_party AS responsibleParty, c.master_id AS masterId`;

/** A row as SQLite returns it for ROW_COLUMNS: the values the schema and the writers guarantee. */
export type ComplaintRecord = Omit<ComplaintRow, 'isDemo'> & { isDemo: 0 | 1 };

export const toComplaintRow = ({ isDemo, ...rest }: ComplaintRecord): ComplaintRow => ({
  ...rest,
  isDemo: isDemo === 1,
});
