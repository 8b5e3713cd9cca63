/*
 * A multinomial logistic regression over binary hashed features (features.ts), trained on the desk's
 * verdicts. Chosen over naive Bayes after measuring both on the labelled set: with a few hundred
 * verdicts and one large class (valid), naive Bayes leaned to valid or to the smallest class
 * depending on smoothing; logistic regression with balanced class weights did not. Training is plain
 * SGD in a fixed order with a fixed number of epochs, so the same verdicts give the same model, bit
 * for bit; the result is plain JSON (weights rounded) that can sync between desktops.
 */
import { z } from 'zod';
import type { Token } from '../normalise.ts';
import { FLAG_LABELS, perLabel, type FlagLabel } from '../types.ts';
import { FEATURE_BUCKETS, featuresOf } from './features.ts';

const EPOCHS = 12;
const LEARNING_RATE = 0.5;
/** Stored weights keep 4 decimals: enough for the decision, and the JSON stays small and stable. */
const PRECISION = 1e4;
const LABELS = FLAG_LABELS.length;

const Row = z.array(z.number().finite()).length(LABELS);
export const FlagModelJson = z.strictObject({
  kind: z.literal('logistic-regression'),
  version: z.literal(1),
  buckets: z.literal(FEATURE_BUCKETS),
  labels: z.array(z.enum(FLAG_LABELS)).length(LABELS),
  /** Verdicts per label the model learned from, in `labels` order. */
  documents: z.array(z.number().int().min(0)).length(LABELS),
  bias: Row,
  /** Feature bucket → weight per label; only buckets seen in training. */
  weights: z.record(z.string().regex(/^\d+$/), Row),
});
export type FlagModelJson = z.infer<typeof FlagModelJson>;

/** A model ready to predict. */
export type FlagModel = {
  trainedOn: number;
  bias: readonly number[];
  weights: ReadonlyMap<number, readonly number[]>;
};

export type Verdict = { tokens: readonly Token[]; label: FlagLabel };

function softmaxInto(logits: number[]): number[] {
  const top = Math.max(...logits);
  let sum = 0;
  for (let l = 0; l < logits.length; l++) sum += logits[l] = Math.exp((logits[l] ?? 0) - top);
  for (let l = 0; l < logits.length; l++) logits[l] = (logits[l] ?? 0) / sum;
  return logits;
}

function probabilities(
  bias: readonly number[],
  weights: ReadonlyMap<number, readonly number[]>,
  features: readonly number[],
): number[] {
  // Scaled by 1/√n so a long text does not shout louder than a short one.
  const scale = 1 / Math.sqrt(Math.max(1, features.length));
  const logits = [...bias];
  for (const f of features) {
    const row = weights.get(f);
    if (row !== undefined)
      for (let l = 0; l < LABELS; l++) logits[l] = (logits[l] ?? 0) + (row[l] ?? 0) * scale;
  }
  return softmaxInto(logits);
}

/** A fixed shuffle (a linear congruential generator with a fixed seed): deterministic, yet not in file order. */
function fixedOrder(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = 0x2545f491;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

export function trainModel(verdicts: readonly Verdict[]): FlagModelJson {
  const examples = verdicts.map((v) => ({
    features: featuresOf(v.tokens),
    label: FLAG_LABELS.indexOf(v.label),
  }));
  const documents = FLAG_LABELS.map((_, l) => examples.filter((e) => e.label === l).length);
  // Balanced: each label weighs as much in total, so the big "valid" class cannot drown the rest.
  const classWeight = documents.map((n) => (n === 0 ? 0 : examples.length / (LABELS * n)));
  const bias = FLAG_LABELS.map(() => 0);
  const weights = new Map<number, number[]>();
  const order = fixedOrder(examples.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = LEARNING_RATE / (1 + epoch);
    for (const i of order) {
      const { features, label } = examples[i] as (typeof examples)[number];
      const p = probabilities(bias, weights, features);
      const scale = 1 / Math.sqrt(Math.max(1, features.length));
      const step = rate * (classWeight[label] ?? 0);
      for (let l = 0; l < LABELS; l++) {
        const gradient = (p[l] ?? 0) - (l === label ? 1 : 0);
        bias[l] = (bias[l] ?? 0) - step * gradient;
        for (const f of features) {
          let row = weights.get(f);
          if (row === undefined) weights.set(f, (row = FLAG_LABELS.map(() => 0)));
          row[l] = (row[l] ?? 0) - step * gradient * scale;
        }
      }
    }
  }
  const round = (v: number) => Math.round(v * PRECISION) / PRECISION;
  const sorted = [...weights.entries()].sort(([a], [b]) => a - b);
  return {
    kind: 'logistic-regression',
    version: 1,
    buckets: FEATURE_BUCKETS,
    labels: [...FLAG_LABELS],
    documents,
    bias: bias.map(round),
    weights: Object.fromEntries(sorted.map(([f, row]) => [String(f), row.map(round)])),
  };
}

export function loadModel(json: FlagModelJson): FlagModel {
  // Stored rows follow the stored label order; reorder to FLAG_LABELS in case a future file differs.
  const at = FLAG_LABELS.map((label) => json.labels.indexOf(label));
  const reorder = (row: readonly number[]) => at.map((i) => (i < 0 ? 0 : (row[i] ?? 0)));
  const weights = new Map<number, readonly number[]>();
  for (const [f, row] of Object.entries(json.weights)) weights.set(Number(f), reorder(row));
  return { trainedOn: json.documents.reduce((sum, n) => sum + n, 0), bias: reorder(json.bias), weights };
}

/** Probability per label for one text. */
export function predictLabels(model: FlagModel, tokens: readonly Token[]): Record<FlagLabel, number> {
  const p = probabilities(model.bias, model.weights, featuresOf(tokens));
  return perLabel((_, l) => p[l] ?? 0);
}
