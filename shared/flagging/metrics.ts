/*
 * How well suggestions match the desk's verdicts: precision, recall and F1 per label, and the share
 * of legitimate complaints suggested as abuse (the trap that matters most: a buried complaint).
 */
import { FLAG_LABELS, perLabel, type FlagLabel } from './types.ts';

export type Judged = { id: string; verdict: FlagLabel; suggested: FlagLabel };
export type LabelQuality = { precision: number; recall: number; f1: number; support: number };
export type Quality = {
  perLabel: Record<FlagLabel, LabelQuality>;
  /** Legitimate (valid) items suggested as abuse, over all legitimate items. */
  abuseFalsePositiveRate: number;
  accuracy: number;
  count: number;
};

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function labelQuality(judged: readonly Judged[], label: FlagLabel): LabelQuality {
  const truePositive = judged.filter((j) => j.verdict === label && j.suggested === label).length;
  const precision = ratio(truePositive, judged.filter((j) => j.suggested === label).length);
  const support = judged.filter((j) => j.verdict === label).length;
  const recall = ratio(truePositive, support);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
}

export function quality(judged: readonly Judged[]): Quality {
  const legitimate = judged.filter((j) => j.verdict === 'valid');
  return {
    perLabel: perLabel((label) => labelQuality(judged, label)),
    abuseFalsePositiveRate: ratio(
      legitimate.filter((j) => j.suggested === 'abuse').length,
      legitimate.length,
    ),
    accuracy: ratio(judged.filter((j) => j.verdict === j.suggested).length, judged.length),
    count: judged.length,
  };
}

/** Macro F1 over the labels that occur: one figure to compare rules with rules + model. */
export const macroF1 = (q: Quality): number => {
  const present = FLAG_LABELS.filter((label) => q.perLabel[label].support > 0);
  return ratio(
    present.reduce((sum, label) => sum + q.perLabel[label].f1, 0),
    present.length,
  );
};

/** A fixed share of ids is held out from training, chosen by hashing the id (stable across runs). */
export const HELD_OUT_PERCENT = 30;
export function isHeldOut(id: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 100 < HELD_OUT_PERCENT;
}
