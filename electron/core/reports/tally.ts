import type Database from 'better-sqlite3';
import { prepared } from '../db/statements.ts';
import type { Span } from './period.ts';

/** Per kind, per group: how many events of the kinds happened on the span's days (report_tally). */
export type Tallies = {
  of: (kind: string, grp: string) => number;
  groups: (kind: string) => Map<string, number>;
};

export function talliesIn(db: Database.Database, kinds: readonly string[], span: Span): Tallies {
  const rows = prepared<(string | number)[], { kind: string; grp: string; n: number }>(
    db,
    `SELECT kind, grp, sum(n) AS n FROM report_tally
     WHERE kind IN (${kinds.map(() => '?').join(', ')}) AND day >= ? AND day < ? GROUP BY kind, grp`,
  ).all(...kinds, span.firstDay, span.endDay);
  const byKind = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const groups = byKind.get(r.kind) ?? new Map<string, number>();
    groups.set(r.grp, r.n);
    byKind.set(r.kind, groups);
  }
  const groups = (kind: string) => byKind.get(kind) ?? new Map<string, number>();
  return { groups, of: (kind, grp) => groups(kind).get(grp) ?? 0 };
}

/** The sum over every group. */
export const total = (t: Tallies, kind: string): number =>
  [...t.groups(kind).values()].reduce((a, b) => a + b, 0);
