import type { ComplaintFilters, FlagRisk } from '../../../shared/index.ts';
import { LATE_STATUSES } from '../deadlines/stage.ts';
import { drillCondition } from '../reports/drill.ts';
import { EVERYTHING, type Scope } from './scope.ts';
import { seqBefore, seqFrom } from './seq.ts';

import type { SqlValue, Where } from './sql-fragment.ts';

export type { SqlValue, Where };

/** Filter → column. Only these fixed fragments reach the SQL text; every value is a bound parameter. */
const ANY_OF = {
  status: 'c.status',
  verdict: 'c.verdict',
  channel: 'c.channel',
  categoryId: 'c.category_id',
  dinasId: 'c.dinas_id',
  kecamatanId: 'c.kecamatan_id',
  assigneeId: 'c.assignee_id',
} as const;

/** Flag label → its score column in complaint_flag (fixed fragments, like ANY_OF). */
const FLAG_COLUMN = {
  abuse: 'abuse',
  unfair_attack: 'unfair_attack',
  hoax: 'hoax',
  spam: 'spam',
} as const satisfies Record<FlagRisk, string>;

/**
 * The conditions of the inbox filters other than text, over `complaint c`, joined with AND (empty: none).
 * An empty list means "no filter" (nothing picked in the UI), not "match nothing". The received range is
 * inclusive; it also bounds `key` (c.seq or the FTS rowid, see seq.ts) so the scan starts and stops there.
 * The scope is not a filter the caller picks: a penghubung's dinas is always added, whatever they ask for.
 */
export function filterConditions(
  filters: ComplaintFilters,
  key: 'c.seq' | 'f.rowid',
  scope: Scope = EVERYTHING,
): Where {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (scope.onlyDinasId !== null) {
    clauses.push('c.dinas_id = ?');
    params.push(scope.onlyDinasId);
  }
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
  if (filters.overdue === true) {
    // A missed deadline in a stage where someone is late (see isLateStage); now is the moment of asking.
    clauses.push('c.due_ms < ?', `c.status IN (${LATE_STATUSES.map(() => '?').join(', ')})`);
    params.push(Date.now(), ...LATE_STATUSES);
  }
  if (filters.flagged !== undefined) {
    clauses.push('c.flagged = ?');
    params.push(filters.flagged ? 1 : 0);
  }
  if (filters.caseNo !== undefined) {
    // A range rather than LIKE, so the unique index on case_no answers it (case numbers are upper case).
    const prefix = filters.caseNo.toUpperCase();
    clauses.push('c.case_no >= ?', 'c.case_no < ?');
    params.push(prefix, `${prefix}\u{10FFFF}`);
  }
  if (filters.figure !== undefined) {
    const drill = drillCondition(filters.figure);
    clauses.push(drill.sql);
    params.push(...drill.params);
  }
  if (filters.flag !== undefined) {
    // The label's own index on complaint_flag finds the few items above the threshold.
    clauses.push(`c.seq IN (SELECT seq FROM complaint_flag WHERE ${FLAG_COLUMN[filters.flag.label]} >= ?)`);
    params.push(filters.flag.min);
  }
  return { sql: clauses.join(' AND '), params };
}
