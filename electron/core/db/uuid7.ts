import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

const POOL_IDS = 256;
// Random bytes for many ids at once: the library's default draws them per id, which costs more than
// the rest of making the id (a seed or a first sync makes one per complaint).
const pool = new Uint8Array(16 * POOL_IDS);
let next = POOL_IDS;

/**
 * A UUID version 7 (RFC 9562) whose first 48 bits are `ms`, the rest random. Ids of rows written in time
 * order then sort in that order too, so a unique index on them grows at its end instead of touching a
 * random page per row: a bulk load or a bulk action otherwise rewrites a scattered index page per row
 * (hundreds at every commit), and at a million rows that index no longer fits in the page cache.
 */
export function uuid7(ms: number): string {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    next = 0;
  }
  const at = 16 * next++;
  return v7({ msecs: ms, random: pool.subarray(at, at + 16) });
}
