/*
 * MinHash signatures and LSH bands over shingle hashes: texts that share most shingles share a band
 * with high probability, so only items in a common band are compared, never all pairs. 6 bands of
 * 2 rows: a pair at Jaccard 0.55 meets in some band with probability 1 − (1 − 0.55²)⁶ ≈ 0.89, at 0.7
 * ≈ 0.99, at 0.2 only ≈ 0.22, which keeps comparisons few.
 */
export const BANDS = 6;
export const ROWS = 2;
const HASHES = BANDS * ROWS;

// Fixed odd multipliers and seeds: the same text always gets the same signature, on every desktop.
const SEEDS = Array.from({ length: HASHES }, (_, k) => Math.imul(k + 1, 0x9e3779b1) >>> 0);
const MULTIPLIERS = Array.from({ length: HASHES }, (_, k) => (Math.imul(k + 7, 0x85ebca6b) | 1) >>> 0);

/** A 32-bit mix of one shingle hash for hash function k (xor-multiply-xorshift). */
function mix(x: number, k: number): number {
  let h = Math.imul(x ^ (SEEDS[k] ?? 0), MULTIPLIERS[k] ?? 1);
  h ^= h >>> 15;
  return h >>> 0;
}

export function signature(shingles: ArrayLike<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i < shingles.length; i++) {
    const s = shingles[i] ?? 0;
    for (let k = 0; k < HASHES; k++) {
      const h = mix(s, k);
      if (h < (sig[k] ?? 0)) sig[k] = h;
    }
  }
  return sig;
}

/** The key of band b of a signature (rows hashed together; collisions are settled by the exact check). */
export function bandKey(sig: Uint32Array, band: number): number {
  let h = band + 1;
  for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ (sig[band * ROWS + r] ?? 0), 0x01000193);
  return h >>> 0;
}

/** How many values two ascending arrays of distinct hashes share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
