import type Database from 'better-sqlite3';
import type { ComplaintFilters } from '../../../shared/index.ts';
import { ftsQuery } from './fts-query.ts';
import type { Scope } from './scope.ts';
import { filterConditions, type SqlValue } from './where.ts';

/**
 * Where a query reads the complaints passing the filters from: `FROM … WHERE …` over `complaint c`, and
 * `key`, the column that carries seq (received order, see seq.ts) in that plan.
 */
export type Source = { sql: string; params: SqlValue[]; key: 'c.seq' | 'f.rowid' };

/**
 * How a text search is read:
 * - 'matches-first': walk the FTS matches in rowid (= received) order, look each row up and filter it.
 *   Ordered by received time it stops after one page whatever the number of matches.
 * - 'index-first': read complaint in the order of the sort's index and keep the rows in the set of
 *   matches (built once). For other sorts with a common word, where sorting every match costs more.
 */
export type TextPlan = 'matches-first' | 'index-first';

/** Below this many matches, sorting them all is cheaper than scanning an index for them. */
const FEW_MATCHES = 20_000;

export function textOf(filters: ComplaintFilters): string | null {
  return filters.text === undefined ? null : ftsQuery(filters.text);
}

/** Picks the plan for sorts other than received time by counting matches up to FEW_MATCHES. */
export function planFor(db: Database.Database, match: string): TextPlan {
  const found =
    db
      .prepare<[string, number], number>(
        'SELECT count(*) FROM (SELECT 1 FROM complaint_fts WHERE complaint_fts MATCH ? LIMIT ?)',
      )
      .pluck()
      .get(match, FEW_MATCHES) ?? 0;
  return found < FEW_MATCHES ? 'matches-first' : 'index-first';
}

const where = (clauses: string[]): string => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');

export function complaintSource(
  filters: ComplaintFilters,
  match: string | null,
  plan: TextPlan,
  scope: Scope,
): Source {
  if (match === null) {
    const f = filterConditions(filters, 'c.seq', scope);
    return { sql: `FROM complaint c ${where(f.sql ? [f.sql] : [])}`, params: f.params, key: 'c.seq' };
  }
  if (plan === 'matches-first') {
    const f = filterConditions(filters, 'f.rowid', scope);
    // CROSS JOIN keeps the FTS table outside: probing it once per complaint row would take seconds.
    return {
      sql: `FROM complaint_fts f CROSS JOIN complaint c ON c.seq = f.rowid
        ${where(['f.complaint_fts MATCH ?', ...(f.sql ? [f.sql] : [])])}`,
      params: [match, ...f.params],
      key: 'f.rowid',
    };
  }
  const f = filterConditions(filters, 'c.seq', scope);
  // The unary + stops SQLite from driving the query by seq, so it reads the sort's index instead.
  return {
    sql: `FROM complaint c ${where([
      '+c.seq IN (SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH ?)',
      ...(f.sql ? [f.sql] : []),
    ])}`,
    params: [match, ...f.params],
    key: 'c.seq',
  };
}
