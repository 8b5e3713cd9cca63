/*
 * Character shingles of the normalised words: robust to typos, slang and letter repeats, so two
 * citizens typing the same sentence differently still share most shingles. Used for near-duplicate
 * hoax claims and for clustering. Each character becomes a 6-bit code (digits, a-z, the space between
 * words; anything else shares one code: rare after normalising, and only ever a near-miss), so four
 * fit in 24 bits: a shingle is read off a rolling window with no string built, no collisions among
 * letters and digits, and it stays a small integer, which V8 keeps unboxed in maps, sets and arrays
 * (8-bit codes gave 32-bit values, boxed as doubles: hashing them was most of the known-hoax check).
 */
import type { Token } from './normalise.ts';

/** 4 characters: long enough to mean something, short enough that a typo spoils only four shingles. */
export const SHINGLE_SIZE = 4;

const BITS = 6;
const WINDOW_MASK = (1 << (BITS * SHINGLE_SIZE)) - 1;
const OTHER = (1 << BITS) - 1;
const SPACE_CODE = 37;
/** Character code (below 128) → 6-bit code: 0-9 → 1..10, a-z → 11..36; everything else OTHER. */
const CODES = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 48 && c <= 57 ? c - 47 : c >= 97 && c <= 122 ? c - 86 : OTHER,
);
const codeOf = (c: number) => (c < 128 ? (CODES[c] ?? OTHER) : OTHER);

/**
 * A 64k-bit filter over a set of shingles: one multiply and one bit test say "certainly not in the
 * set" for nearly every shingle of an ordinary text, before any map lookup.
 */
const FILTER_BITS = 16;
const filterSlot = (shingle: number) => Math.imul(shingle, 0x9e3779b1) >>> (32 - FILTER_BITS);

export function shingleFilter(shingles: Iterable<number>): Uint32Array {
  const filter = new Uint32Array((1 << FILTER_BITS) / 32);
  for (const s of shingles) {
    const slot = filterSlot(s);
    filter[slot >>> 5] = (filter[slot >>> 5] ?? 0) | (1 << (slot & 31));
  }
  return filter;
}

export const mayContain = (filter: Uint32Array, shingle: number): boolean => {
  const slot = filterSlot(shingle);
  return ((filter[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
};

/**
 * Calls visit with every shingle of a text in reading order (repeats included), with no array built;
 * with a filter (shingleFilter), only those that may be in it: the known-hoax check needs only the
 * few that some claim shares. A text shorter than 4 characters gives its whole line as one shingle.
 */
export function eachShingle(
  tokens: readonly Token[],
  visit: (shingle: number) => void,
  filter?: Uint32Array,
): void {
  let window = 0;
  let filled = 0;
  for (const token of tokens) {
    if (token.mark) continue;
    // Words joined by one space, marks left out: what near-duplicates are compared on.
    const word = token.word;
    for (let i = filled > 0 ? -1 : 0; i < word.length; i++) {
      const code = i < 0 ? SPACE_CODE : codeOf(word.charCodeAt(i));
      window = ((window << BITS) | code) & WINDOW_MASK;
      filled++;
      if (filled >= SHINGLE_SIZE && (filter === undefined || mayContain(filter, window))) visit(window);
    }
  }
  if (filled > 0 && filled < SHINGLE_SIZE && (filter === undefined || mayContain(filter, window)))
    visit(window);
}

/** The distinct shingles of a text in ascending order. */
export function shingleHashes(tokens: readonly Token[]): Uint32Array {
  const out: number[] = [];
  eachShingle(tokens, (shingle) => out.push(shingle));
  const sorted = Uint32Array.from(out).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i] ?? 0;
  }
  return sorted.subarray(0, unique);
}

/** |A ∩ B| / |A ∪ B| from the overlap count, the way callers that count overlaps already have it. */
export const jaccardFromOverlap = (overlap: number, sizeA: number, sizeB: number): number =>
  overlap === 0 ? 0 : overlap / (sizeA + sizeB - overlap);
