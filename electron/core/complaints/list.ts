import type Database from 'better-sqlite3';
import {
  LIMITS,
  type ComplaintCounts,
  type ComplaintFilters,
  type ComplaintListQuery,
  type ComplaintPage,
  type ComplaintSort,
} from '../../../shared/index.ts';
import { deadlineReader } from '../deadlines/read.ts';
import { ROW_COLUMNS, toComplaintRow, type ComplaintRecord } from './record.ts';
import { EVERYTHING, type Scope } from './scope.ts';
import { complaintSource, planFor, textOf, type Source } from './source.ts';

/**
 * Sort key → leading ORDER BY column; seq (received order) follows in the same direction, so every
 * order is total (stable paging) and is one index read forwards or backwards. Status and priority sort
 * by rank (lifecycle order; low → emergency), not alphabetically.
 */
const SORT_COLUMN = {
  receivedAt: null,
  caseNo: 'c.case_no',
  status: 'c.status_rank',
  channel: 'c.channel',
  kecamatanId: 'c.kecamatan_id',
  priority: 'c.priority_rank',
  flag: 'coalesce((SELECT fl.risk FROM complaint_flag fl WHERE fl.seq = c.seq), 0)',
} as const satisfies Record<ComplaintSort['by'], string | null>;

function orderBy(sort: ComplaintSort, key: Source['key']): string {
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
  const lead = SORT_COLUMN[sort.by];
  return lead === null ? `ORDER BY ${key} ${dir}` : `ORDER BY ${lead} ${dir}, ${key} ${dir}`;
}

/** The rows matching the filters in the sort's order: `SELECT … ORDER BY …` and its parameters. */
function selectRows(
  db: Database.Database,
  filters: ComplaintFilters,
  sort: ComplaintSort,
  scope: Scope,
): { sql: string; params: SqlParams } {
  const match = textOf(filters);
  const plan = match === null || sort.by === 'receivedAt' ? 'matches-first' : planFor(db, match);
  const source = complaintSource(filters, match, plan, scope);
  return { sql: `SELECT ${ROW_COLUMNS} ${source.sql} ${orderBy(sort, source.key)}`, params: source.params };
}

export function listComplaints(
  db: Database.Database,
  query: ComplaintListQuery,
  scope: Scope = EVERYTHING,
): ComplaintPage {
  const select = selectRows(db, query.filters, query.sort, scope);
  const rows = db
    .prepare<SqlParams, ComplaintRecord>(`${select.sql} LIMIT ? OFFSET ?`)
    .all(...select.params, query.limit, query.offset);
  const deadlineOf = deadlineReader(
    db,
    Date.now(),
    rows.map((r) => r.dueMs),
  );
  return { rows: rows.map((r) => toComplaintRow(r, deadlineOf)), offset: query.offset };
}

/** Every row matching the filters in the list's order, read one at a time (an export takes them all). */
export function eachComplaint(
  db: Database.Database,
  filters: ComplaintFilters,
  sort: ComplaintSort,
  scope: Scope = EVERYTHING,
): IterableIterator<ComplaintRecord> {
  const select = selectRows(db, filters, sort, scope);
  return db.prepare<SqlParams, ComplaintRecord>(select.sql).iterate(...select.params);
}

/** Counts up to LIMITS.countCap only, so a common search word never costs a full scan. */
export function countComplaints(
  db: Database.Database,
  filters: ComplaintFilters,
  scope: Scope = EVERYTHING,
): ComplaintCounts {
  const source = complaintSource(filters, textOf(filters), 'matches-first', scope);
  const found =
    db
      .prepare<SqlParams, number>(`SELECT count(*) FROM (SELECT 1 ${source.sql} LIMIT ?)`)
      .pluck()
      .get(...source.params, LIMITS.countCap + 1) ?? 0;
  return found > LIMITS.countCap ? { total: LIMITS.countCap, capped: true } : { total: found, capped: false };
}

type SqlParams = (string | number)[];
