import type Database from 'better-sqlite3';
import type { ChunkResult } from './backlog.ts';
import { scoreChunk } from './backlog.ts';
import { computeClusters, type FoundClusters } from './clusters.ts';
import { scorerCache } from './scorer.ts';
import { trainFromDesk, trainingDue } from './train.ts';

/**
 * The heavy side of flagging: scoring the backlog, retraining, clustering. openCore runs it in a worker
 * thread (worker-client.ts) so neither the UI nor the API ever waits for it; inlineFlagWork runs the
 * same jobs on the caller's thread, for tests and tools.
 */
export type FlagWork = {
  /** New items arrived, the lists changed or an example was added: score (and retrain) when due. */
  nudge(): void;
  /** Retrains now, whatever the count of new examples; resolves with the new version (null: too few). */
  train(): Promise<number | null>;
  clusters(): Promise<FoundClusters>;
  /** The last chunk scored, for the status figures. */
  lastChunk(): ChunkResult | null;
  stop(): Promise<void>;
};

/** The jobs themselves, over one connection; both the worker and inlineFlagWork call these. */
export function flagJobs(db: Database.Database) {
  const scorer = scorerCache();
  return {
    /** One chunk of the backlog; zero items: nothing left to score. */
    scoreNext: (): ChunkResult => scoreChunk(db, scorer(db)),
    trainIfDue: (): number | null => (trainingDue(db) ? trainFromDesk(db, scorer(db).lexicon) : null),
    train: (): number | null => trainFromDesk(db, scorer(db).lexicon),
    clusters: (): FoundClusters => computeClusters(db, scorer(db).lexicon),
  };
}

/** Runs every job at once on the caller's thread: nudge scores the whole backlog before it returns. */
export function inlineFlagWork(db: Database.Database): FlagWork {
  const jobs = flagJobs(db);
  let last: ChunkResult | null = null;
  const drain = () => {
    for (let chunk = jobs.scoreNext(); chunk.items > 0; chunk = jobs.scoreNext()) last = chunk;
  };
  return {
    nudge: () => {
      drain();
      if (jobs.trainIfDue() !== null) drain();
    },
    train: () => {
      const version = jobs.train();
      drain();
      return Promise.resolve(version);
    },
    clusters: () => Promise.resolve(jobs.clusters()),
    lastChunk: () => last,
    stop: () => Promise.resolve(),
  };
}
