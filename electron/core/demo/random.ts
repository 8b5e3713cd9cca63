import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { strictAssert } from '../../../shared/assert.ts';

/** Seeded randomness: the same seed always yields the same sequence, so demo data is reproducible. */
export type Random = {
  /** Uniform in [0, 1). */
  float: () => number;
  /** Uniform integer in [0, n). */
  int: (n: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
};

const TWO_POW_32 = 4_294_967_296;

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  // One raw draw per call keeps generation cheap enough for a million items.
  const float = () => (rng.next() >>> 0) / TWO_POW_32;
  const int = (n: number) => Math.floor(float() * n);
  return {
    float,
    int,
    chance: (p) => float() < p,
    pick: (items) => {
      const item = items[int(items.length)];
      strictAssert(item !== undefined, 'pick from an empty list');
      return item;
    },
  };
}

/** A weighted choice prepared once: values and their running totals. */
export type Weighted<T> = { values: readonly T[]; cumulative: readonly number[]; total: number };

export function weighted<T>(table: readonly (readonly [T, number])[]): Weighted<T> {
  let total = 0;
  const cumulative = table.map(([, weight]) => {
    strictAssert(weight >= 0, 'weights are not negative');
    total += weight;
    return total;
  });
  strictAssert(total > 0, 'a weighted table needs a positive weight');
  return { values: table.map(([value]) => value), cumulative, total };
}

export function pickWeighted<T>(random: Random, table: Weighted<T>): T {
  const target = random.float() * table.total;
  // A plain loop: this runs several times per item, a million items at a time.
  let index = 0;
  while (index < table.values.length - 1 && target >= (table.cumulative[index] ?? 0)) index++;
  const value = table.values[index];
  strictAssert(value !== undefined, 'weighted table is empty');
  return value;
}
