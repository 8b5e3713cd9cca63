import type Database from 'better-sqlite3';
import { ftsQuery } from '../../../electron/core/complaints/fts-query.ts';
import { listComplaints } from '../../../electron/core/complaints/list.ts';
import { sample } from '../timing.ts';
import type { BenchResult, Scenario } from '../types.ts';

/**
 * Words many complaints contain, words a few hundredths of a percent do, and one no complaint does
 * (as typed: the last word is a prefix).
 */
const WORDS = [
  { kind: 'umum', text: 'jalan' },
  { kind: 'umum', text: 'sampah' },
  { kind: 'umum', text: 'rusak' },
  { kind: 'jarang', text: 'rutilahu' },
  { kind: 'jarang', text: 'anggora' },
  { kind: 'tidak ada', text: 'kebakaran' },
] as const;

/** The floor: a stand-alone FTS5 table holding the same texts, asked for its newest 100 matches. */
function bareFts(db: Database.Database): {
  hits: (match: string) => number;
  top: (match: string) => unknown;
} {
  db.exec(`CREATE VIRTUAL TABLE bench_bare_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')`);
  db.exec('INSERT INTO bench_bare_fts (rowid, text) SELECT seq, text FROM complaint');
  const count = db
    .prepare<[string], number>('SELECT count(*) FROM bench_bare_fts WHERE bench_bare_fts MATCH ?')
    .pluck();
  const top = db
    .prepare('SELECT rowid FROM bench_bare_fts WHERE bench_bare_fts MATCH ? ORDER BY rowid DESC LIMIT 100')
    .raw();
  return { hits: (match) => count.get(match) ?? 0, top: (match) => top.all(match) };
}

/** Search in the inbox (newest first, 100 rows) for common and rare words. */
export const ftsScenario: Scenario = {
  name: 'fts',
  run({ db, scale }): BenchResult[] {
    const bare = bareFts(db);
    try {
      return WORDS.flatMap(({ kind, text }) => {
        const match = ftsQuery(text);
        if (match === null) throw new Error(`bench word "${text}" makes no FTS query`);
        const query = {
          filters: { text },
          sort: { by: 'receivedAt', dir: 'desc' },
          offset: 0,
          limit: 100,
        } as const;
        const ours = sample(() => listComplaints(db, query));
        const baseline = sample(() => bare.top(match));
        const note = `${bare.hits(match)} hits`;
        const name = `${kind} "${text}"`;
        return [
          {
            scale,
            scenario: 'fts',
            case: name,
            metric: 'p50 ms',
            ours: ours.p50,
            baseline: baseline.p50,
            target: null,
            note,
          },
          {
            scale,
            scenario: 'fts',
            case: name,
            metric: 'p95 ms',
            ours: ours.p95,
            baseline: baseline.p95,
            target: { op: '<', value: 50 },
            note,
          },
        ] satisfies BenchResult[];
      });
    } finally {
      db.exec('DROP TABLE bench_bare_fts');
    }
  },
};
