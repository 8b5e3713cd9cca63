import type Database from 'better-sqlite3';

/** Slots per millisecond of receipt. received_ms * 1024 stays an exact JS integer until the year 2248. */
const SLOTS = 1024;

/**
 * seq, the complaint's rowid, is a time key: received_ms * 1024 + the next free slot. Rowid order is
 * then received order, which is what lets a full-text search return its newest matches straight from
 * the FTS index (ordered by rowid) instead of looking up and sorting every match: ~0.3 ms instead of
 * hundreds at 1M rows for a word like "jalan". More than 1024 items in one millisecond (a date-only
 * import) spill into the next millisecond's slots: their order is then off by that millisecond.
 */
export function seqAllocator(db: Database.Database): (receivedMs: number) => number {
  const highest = db
    .prepare<[number, number], number | null>('SELECT max(seq) FROM complaint WHERE seq >= ? AND seq < ?')
    .pluck();
  // Slots above everything stored are free: a batch newer than the table (a first sync, the live feed)
  // is numbered without asking the table at all. Items come in received order, so once a batch passes
  // the stored frontier it stays past it.
  const frontier = db.prepare<[], number | null>('SELECT max(seq) FROM complaint').pluck().get() ?? -1;
  let lastMs = Number.NaN;
  let lastSeq = -1;
  return (receivedMs) => {
    let base = receivedMs * SLOTS;
    if (base > frontier) return (lastSeq = Math.max(base, lastSeq + 1));
    if (receivedMs === lastMs && (lastSeq + 1) % SLOTS !== 0) return (lastSeq += 1);
    for (;;) {
      const taken = highest.get(base, base + SLOTS) ?? null;
      if (taken === null || taken + 1 < base + SLOTS) {
        lastMs = receivedMs;
        lastSeq = taken === null ? base : taken + 1;
        return lastSeq;
      }
      base += SLOTS;
    }
  };
}

/** Bounds on seq for a received-time range; the exact received_ms test still follows. */
export const seqFrom = (receivedMs: number): number => receivedMs * SLOTS;
/** Generous on purpose: an item that spilled (see above) still falls inside. */
export const seqBefore = (receivedMs: number): number => (receivedMs + 60_000) * SLOTS;
