import type Database from 'better-sqlite3';
import type { DemoComplaint } from '../../electron/core/demo/generate.ts';

/** A figure is judged against its target, when it has one. */
export type Target = { op: '<' | '>='; value: number };

/**
 * One line of the report: our figure beside the baseline of the same run (raw better-sqlite3 for the
 * database, a naive word filter for flagging). Speeds and latencies, plus the flagging quality
 * figures, so their targets show PASS/FAIL too: 'F1' and 'rate' (a share, 0..1), 'ms' for one run.
 */
export type BenchResult = {
  scale: number;
  scenario: string;
  case: string;
  metric: 'rows/s' | 'ops/s' | 'items/s' | 'p50 ms' | 'p95 ms' | 'ms' | 'F1' | 'rate';
  ours: number;
  baseline: number;
  target: Target | null;
  /** Extra facts that explain the figure (e.g. rows matched). */
  note?: string;
};

/** What a scenario gets: a database seeded with `scale` demo complaints, and those complaints. */
export type BenchContext = {
  scale: number;
  db: Database.Database;
  demo: readonly DemoComplaint[];
  /** Milliseconds insertComplaints took to seed the database (FTS included). */
  seedMs: number;
};

/** Later issues add a scenario by writing one module of this shape and listing it in run.ts. */
export type Scenario = {
  name: string;
  /** Async for scenarios that need a server or a worker (sync, exports). */
  run: (ctx: BenchContext) => BenchResult[] | Promise<BenchResult[]>;
};

export const passes = (value: number, target: Target | null): boolean | null =>
  target === null ? null : target.op === '<' ? value < target.value : value >= target.value;
