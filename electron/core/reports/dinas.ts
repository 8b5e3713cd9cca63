import type Database from 'better-sqlite3';
import type { DinasFigures } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';
import { piecesOf, type Span } from './period.ts';
import { overdueByDinas } from './overdue.ts';
import { hours, percentilesBy, share } from './percentile.ts';
import { talliesIn } from './tally.ts';

const KINDS = ['disposed', 'reopened', 'settled', 'acknowledged', 'responded', 'in_time'];

/** Open with the dinas at the span's end: dispositions begun before it, less those closed before it. */
const BACKLOG = `SELECT grp, sum(CASE kind WHEN 'disposed' THEN n ELSE -n END) AS n FROM report_tally
  WHERE kind IN ('disposed', 'closed') AND day < ? GROUP BY grp`;

const byGroup = (rows: { grp: string; n: number }[]) => new Map(rows.map((r) => [r.grp, r.n]));

/** Per dinas, every dinas of the master data (a dinas with nothing shows zeros, not a gap). */
export function dinasFigures(db: Database.Database, span: Span, nowMs: number): DinasFigures[] {
  const t = talliesIn(db, KINDS, span);
  const backlog = byGroup(prepared<[number], { grp: string; n: number }>(db, BACKLOG).all(span.endDay));
  const overdue = overdueByDinas(db, nowMs);
  const pieces = piecesOf(span, 'month');
  const acks = percentilesBy(db, 'ack', pieces);
  const answers = percentilesBy(db, 'response', pieces);
  const dinas = prepared<[], string>(db, 'SELECT id FROM dinas ORDER BY position').pluck().all();
  return dinas.map((id) => {
    const ack = acks.get(id);
    const answer = answers.get(id);
    const responded = t.of('responded', id);
    return {
      dinasId: id,
      received: t.of('disposed', id),
      disposed: t.of('settled', id),
      acknowledged: t.of('acknowledged', id),
      responded,
      ackMedianHours: hours(ack?.p50),
      ackP90Hours: hours(ack?.p90),
      responseMedianHours: hours(answer?.p50),
      responseP90Hours: hours(answer?.p90),
      withinDeadlineShare: share(t.of('in_time', id), responded),
      openBacklog: backlog.get(id) ?? 0,
      overdueNow: overdue.get(id) ?? 0,
      reopenedShare: share(t.of('reopened', id), t.of('disposed', id)),
    };
  });
}
