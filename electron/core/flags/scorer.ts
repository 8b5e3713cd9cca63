import type Database from 'better-sqlite3';
import { compileLexicon, type FlagModel, type Lexicon } from '../../../shared/flagging/index.ts';
import { currentLists, listsVersion } from './lists-store.ts';
import { currentModel, modelVersion } from './model-store.ts';

/** The lists and model scoring uses now; `id` is stored with each score ("lists 2, model 5"). */
export type Scorer = { id: string; lexicon: Lexicon; model: FlagModel | undefined };

export const scorerId = (lists: number, model: number): string => `lists ${lists}, model ${model}`;

/**
 * The scorer for the database's current lists and model, compiled again only when either changed (an
 * admin's save, a retrain): each call costs two tiny queries, so a saved list takes effect at the next
 * chunk without a restart.
 */
export function scorerCache(): (db: Database.Database) => Scorer {
  let cached: Scorer | undefined;
  return (db) => {
    const id = scorerId(listsVersion(db), modelVersion(db));
    if (cached?.id !== id) {
      cached = { id, lexicon: compileLexicon(currentLists(db).lists), model: currentModel(db) };
    }
    return cached;
  };
}
