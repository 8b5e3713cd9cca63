import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { modelFromJson, type FlagModel } from '../../../shared/flagging/index.ts';
import { FlagModelInfo } from '../../../shared/index.ts';

type ModelRecord = {
  version: number;
  modelJson: string;
  qualityJson: string;
  examples: number;
  trainedAt: string;
};

/** What quality_json holds: the held-out measurement shown to admins. */
export const StoredQuality = FlagModelInfo.shape.model
  .unwrap()
  .omit({ version: true, trainedAt: true, examples: true });
export type StoredQuality = z.infer<typeof StoredQuality>;

const newestRecord = (db: Database.Database) =>
  db
    .prepare<[], ModelRecord>(
      `SELECT version, model_json AS modelJson, quality_json AS qualityJson, examples, trained_at AS trainedAt
       FROM flag_model ORDER BY version DESC LIMIT 1`,
    )
    .get();

/** The version of the model in use (0: none yet); cheap, so scorers ask it before each chunk. */
export const modelVersion = (db: Database.Database): number =>
  db.prepare<[], number>('SELECT coalesce(max(version), 0) FROM flag_model').pluck().get() ?? 0;

/** The newest model ready to predict, or undefined (rules alone) when there is none or it is unusable. */
export function currentModel(db: Database.Database): FlagModel | undefined {
  const record = newestRecord(db);
  if (record === undefined) return undefined;
  const loaded = modelFromJson(JSON.parse(record.modelJson));
  if (!loaded.ok) throw new Error(`stored flag model ${record.version} is unusable: ${loaded.error}`);
  return loaded.model;
}

/** The newest model's figures (no weights), as admins see them. */
export function modelSummary(db: Database.Database): FlagModelInfo['model'] {
  const record = newestRecord(db);
  if (record === undefined) return null;
  return {
    version: record.version,
    trainedAt: record.trainedAt,
    examples: record.examples,
    ...StoredQuality.parse(JSON.parse(record.qualityJson)),
  };
}

export function storeModel(
  db: Database.Database,
  model: unknown,
  quality: StoredQuality,
  examples: number,
): number {
  const version = modelVersion(db) + 1;
  db.prepare(
    'INSERT INTO flag_model (version, model_json, quality_json, examples, trained_at) VALUES (?, ?, ?, ?, ?)',
  ).run(version, JSON.stringify(model), JSON.stringify(quality), examples, new Date().toISOString());
  return version;
}
