/*
 * Learning from the desk's verdicts: texts are normalised with the same lists as scoring, so the model
 * sees "goblok" whether a citizen typed gblk or g0bl0k. The result is plain JSON (sync it, store it);
 * modelFromJson validates a stored one before use.
 */
import type { Lexicon } from './lexicon.ts';
import { FlagModelJson, loadModel, trainModel, type FlagModel } from './model/logistic.ts';
import { normalise } from './normalise.ts';
import type { FlagLabel } from './types.ts';

export type LabelledText = { text: string; label: FlagLabel };

export const learnFromVerdicts = (verdicts: readonly LabelledText[], lexicon: Lexicon): FlagModelJson =>
  trainModel(verdicts.map(({ text, label }) => ({ tokens: normalise(text, lexicon.slang), label })));

/** A stored model ready to use, or an error saying why it cannot be. */
export function modelFromJson(json: unknown): { ok: true; model: FlagModel } | { ok: false; error: string } {
  const parsed = FlagModelJson.safeParse(json);
  return parsed.success
    ? { ok: true, model: loadModel(parsed.data) }
    : { ok: false, error: parsed.error.message };
}
