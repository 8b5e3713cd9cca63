import type Database from 'better-sqlite3';
import type { FlagModelInfo, FlagStatus } from '../../../shared/index.ts';
import { backlogSize } from './backlog.ts';
import { countExamples } from './examples.ts';
import { listsVersion } from './lists-store.ts';
import { modelSummary, modelVersion } from './model-store.ts';
import { scorerId } from './scorer.ts';
import { RETRAIN_AFTER } from './train.ts';
import type { FlagWork } from './work.ts';

export function flagStatus(db: Database.Database, work: FlagWork): FlagStatus {
  const counts = db
    .prepare<[], { scored: number; failed: number }>(
      'SELECT count(*) - count(error) AS scored, count(error) AS failed FROM complaint_flag',
    )
    .get() ?? { scored: 0, failed: 0 };
  const last = work.lastChunk();
  return {
    ...counts,
    backlog: backlogSize(db, scorerId(listsVersion(db), modelVersion(db))),
    lastChunk: last === null ? null : { items: last.items, ms: Math.round(last.ms) },
  };
}

export const modelInfo = (db: Database.Database): FlagModelInfo => ({
  model: modelSummary(db),
  examples: countExamples(db),
  retrainAfter: RETRAIN_AFTER,
});
