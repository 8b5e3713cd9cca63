import type { ComplaintFilters } from '../../../shared/index.ts';
import { seqBefore, seqFrom } from './seq.ts';

export type SqlValue = string | number;
export type Where = { sql: string; params: SqlValue[] };

/** Filter → column. Only these fixed fragments reach the SQL text; every value is a bound parameter. */
const ANY_OF = {
  status: 'c.status',
  verdict: 'c.verdict',
  channel: 'c.channel',
  categoryId: 'c.category_id',
  dinasId: 'c.dinas_id',
  kecamatanId: 'c.kecamatan_id',
} as const;

/**
 * The conditions of the inbox filters other than text, over `complaint c`, joined with AND (empty: none).
 * An empty list means "no filter" (nothing picked in the UI), not "match nothing". The received range is
 * inclusive; it also bounds `key` (c.seq or the FTS rowid, see seq.ts) so the scan starts and stops there.
 */
export function filterConditions(filters: ComplaintFilters, key: 'c.seq' | 'f.rowid'): Where {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  for (const [name, column] of Object.entries(ANY_OF) as [keyof typeof ANY_OF, string][]) {
    const values = filters[name];
    if (!values || values.length === 0) continue;
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  if (filters.receivedFrom !== undefined) {
    const from = Date.parse(filters.receivedFrom);
    clauses.push(`${key} >= ?`, 'c.received_ms >= ?');
    params.push(seqFrom(from), from);
  }
  if (filters.receivedTo !== undefined) {
    const to = Date.parse(filters.receivedTo);
    clauses.push(`${key} < ?`, 'c.received_ms <= ?');
    params.push(seqBefore(to), to);
  }
  return { sql: clauses.join(' AND '), params };
}
