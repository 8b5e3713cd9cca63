import type Database from 'better-sqlite3';
import { evaluate, learnFromVerdicts, macroF1, type Lexicon } from '../../../shared/flagging/index.ts';
import { countExamples, deskExamples } from './examples.ts';
import { modelSummary, storeModel } from './model-store.ts';

/** A retrain follows this many new examples (verdicts or feedback) since the model in use. */
export const RETRAIN_AFTER = 25;
/** Below this many examples a model would learn noise: the rules work alone. */
const MIN_EXAMPLES = 30;

/** True when enough new examples arrived since the newest model (or there is none yet). */
export function trainingDue(db: Database.Database): boolean {
  const examples = countExamples(db);
  if (examples < MIN_EXAMPLES) return false;
  const model = modelSummary(db);
  return model === null || examples - model.examples >= RETRAIN_AFTER;
}

/**
 * Learns a model from every example the desk has and stores it with its quality: measured the way
 * shared/flagging/evaluate.ts does, training on 70% and judging the held-out 30% (rules alone beside
 * rules + model), so the figure is honest about items the model never saw. Returns the new version,
 * or null when there are too few examples.
 */
export function trainFromDesk(db: Database.Database, lexicon: Lexicon): number | null {
  const examples = deskExamples(db);
  if (examples.length < MIN_EXAMPLES) return null;
  const evaluation = evaluate(examples, lexicon);
  const model = learnFromVerdicts(
    examples.map((e) => ({ text: e.text, label: e.verdict })),
    lexicon,
  );
  return storeModel(
    db,
    model,
    {
      trainedOn: examples.length,
      heldOut: evaluation.heldOut,
      macroF1: { rules: macroF1(evaluation.heldOut.rules), combined: macroF1(evaluation.heldOut.combined) },
    },
    countExamples(db),
  );
}
