import { missingCase, type DrillDown } from '../../../shared/index.ts';
import type { Where } from '../complaints/sql-fragment.ts';
import { NOT_MERGED, receivedIn, spanOf, type Span } from './period.ts';

const IN_PERIOD = (column: string) => `${column} >= ? AND ${column} < ?`;

/** The disposition rows behind a dinas figure, as the dashboard counts them (see dinas.ts). */
function dispositionCondition(drill: DrillDown, span: Span): Where {
  const range = [span.startMs, span.endMs];
  const inPeriod = (sql: string): Where => ({ sql, params: range });
  switch (drill.figure) {
    case 'disposed':
      return inPeriod(IN_PERIOD('disposed_ms'));
    case 'reopened':
      return inPeriod(`${IN_PERIOD('disposed_ms')} AND reopened = 1`);
    case 'acknowledged':
      return inPeriod(IN_PERIOD('ack_ms'));
    case 'responded':
      return inPeriod(IN_PERIOD('response_ms'));
    case 'respondedLate':
      return inPeriod(`${IN_PERIOD('response_ms')} AND response_ms >= due_ms`);
    case 'settled':
      return inPeriod(IN_PERIOD('settled_ms'));
    case 'backlog':
      return {
        sql: `disposed_ms < ? AND (response_ms IS NULL OR response_ms >= ?)
          AND (passed_ms IS NULL OR passed_ms >= ?)`,
        params: [span.endMs, span.endMs, span.endMs],
      };
    case 'received':
    case 'verified':
    case 'rejected':
    case 'decided':
      throw new Error(`${drill.figure} is not a disposition figure`);
    default:
      return missingCase(drill.figure);
  }
}

/**
 * The condition over `complaint c` selecting the items behind a dashboard figure, for the inbox's
 * filters (where.ts): the same rows the figure counted, read from the report summary by seq.
 */
export function drillCondition(drill: DrillDown): Where {
  const span = spanOf(drill.period);
  const range = [span.startMs, span.endMs];
  switch (drill.figure) {
    case 'received': {
      const within = receivedIn(span);
      return { sql: `${within.sql} AND ${NOT_MERGED}`, params: within.params };
    }
    case 'verified':
    case 'rejected':
    case 'decided': {
      const clauses = [IN_PERIOD('at_ms')];
      const params: (string | number)[] = [...range];
      if (drill.figure !== 'decided') {
        clauses.push('operation = ?');
        params.push(drill.figure === 'verified' ? 'verify' : 'reject');
      }
      if (drill.actor !== undefined) {
        clauses.push('actor = ?');
        params.push(drill.actor);
      }
      if (drill.reason !== undefined) {
        clauses.push('reject_reason = ?');
        params.push(drill.reason);
      }
      return {
        sql: `c.seq IN (SELECT complaint_seq FROM report_decision WHERE ${clauses.join(' AND ')})`,
        params,
      };
    }
    default: {
      const rows = dispositionCondition(drill, span);
      const byDinas = drill.dinasId === undefined ? '' : ' AND dinas_id = ?';
      return {
        sql: `c.seq IN (SELECT complaint_seq FROM report_disposition WHERE ${rows.sql}${byDinas})`,
        params: drill.dinasId === undefined ? rows.params : [...rows.params, drill.dinasId],
      };
    }
  }
}
