/*
 * The quality measurement the bench prints and the tests hold floors on: rules alone over the whole
 * labelled set, and on the held-out split rules alone beside rules + a model trained on the rest.
 */
import { flagItem } from './flag.ts';
import { learnFromVerdicts } from './learn.ts';
import type { Lexicon } from './lexicon.ts';
import { isHeldOut, quality, type Quality } from './metrics.ts';
import { loadModel, type FlagModel } from './model/logistic.ts';
import type { FlagLabel } from './types.ts';

export type LabelledItem = { id: string; text: string; verdict: FlagLabel };

export type Evaluation = {
  rulesAll: Quality;
  heldOut: { rules: Quality; combined: Quality };
  trainedOn: number;
};

const judge = (items: readonly LabelledItem[], lexicon: Lexicon, model?: FlagModel) =>
  quality(
    items.map(({ id, text, verdict }) => ({
      id,
      verdict,
      suggested: flagItem({ text }, lexicon, model).suggested,
    })),
  );

export function evaluate(items: readonly LabelledItem[], lexicon: Lexicon): Evaluation {
  const train = items.filter((i) => !isHeldOut(i.id));
  const held = items.filter((i) => isHeldOut(i.id));
  const model = loadModel(
    learnFromVerdicts(
      train.map((i) => ({ text: i.text, label: i.verdict })),
      lexicon,
    ),
  );
  return {
    rulesAll: judge(items, lexicon),
    heldOut: { rules: judge(held, lexicon), combined: judge(held, lexicon, model) },
    trainedOn: train.length,
  };
}
