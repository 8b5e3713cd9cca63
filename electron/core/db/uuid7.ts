import { randomFillSync } from 'node:crypto';

const POOL_IDS = 256;
// Random bytes are drawn for many ids at once (as crypto.randomUUID does): one call per id costs more
// than the rest of making it.
const pool = new Uint8Array(16 * POOL_IDS);
let next = POOL_IDS;
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * A UUID version 7 (RFC 9562): the first 48 bits are `ms`, the rest random. Ids of rows written in time
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
  const hex = (i: number): string => HEX[pool[at + i] ?? 0] ?? '00';
  // 48-bit big-endian time, then version 7 and the RFC 9562 variant over the random bits.
  const time = ms.toString(16).padStart(12, '0').slice(-12);
  const version = HEX[((pool[at + 6] ?? 0) & 0x0f) | 0x70] ?? '70';
  const variant = HEX[((pool[at + 8] ?? 0) & 0x3f) | 0x80] ?? '80';
  return (
    `${time.slice(0, 8)}-${time.slice(8)}-${version}${hex(7)}-${variant}${hex(9)}-` +
    `${hex(10)}${hex(11)}${hex(12)}${hex(13)}${hex(14)}${hex(15)}`
  );
}
