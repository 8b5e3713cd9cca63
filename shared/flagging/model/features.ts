/*
 * Features for the learned model: words, word pairs and character trigrams of the normalised text.
 * Words carry the desk's vocabulary; pairs keep negation and aim ("tidak ada", "dasar kamu"), which is
 * why no stop words are dropped (tidak, bukan, jangan, kamu, dia mean a lot here); trigrams catch
 * spellings the slang list has not met yet. Hashed into a fixed number of buckets so a model's size
 * stays bounded however many verdicts it learns from.
 */
import type { Token } from '../normalise.ts';

export const FEATURE_BUCKETS = 1 << 18;

function bucketOf(kind: string, text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < kind.length; i++) hash = Math.imul(hash ^ kind.charCodeAt(i), 0x01000193);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % FEATURE_BUCKETS;
}

/** The distinct feature buckets of one text (presence, not counts: short texts repeat little). */
export function featuresOf(tokens: readonly Token[]): number[] {
  const features = new Set<number>();
  let previous = '^';
  for (const token of tokens) {
    if (token.mark) {
      // Clause ends break word pairs: "rusak. kamu" is no pair.
      if (/^[,.;:!?]$/.test(token.word)) previous = '^';
      continue;
    }
    const word = token.word;
    features.add(bucketOf('w', word));
    features.add(bucketOf('b', `${previous} ${word}`));
    previous = word;
    const padded = `<${word}>`;
    for (let i = 0; i + 3 <= padded.length; i++) features.add(bucketOf('c', padded.slice(i, i + 3)));
  }
  return [...features].sort((a, b) => a - b);
}
