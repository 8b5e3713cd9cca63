import type Database from 'better-sqlite3';
import { flagItem } from '../../../shared/flagging/index.ts';
import type { Scorer } from './scorer.ts';
import { saveFlags, type ScoredRow } from './store.ts';

/** Items scored per transaction: small enough that the desk's own writes never wait long for the lock. */
export const CHUNK = 250;

type Unscored = { seq: number; text: string; handle: string };

/** Open items a moderator still judges: the ones worth scoring again after the lists or model changed. */
const OPEN = "('baru', 'ditunda', 'terverifikasi')";

/** Never scored, newest first (what the inbox shows first). */
const NEW_ITEMS = `SELECT c.seq, c.text, c.author_handle AS handle FROM complaint c
  WHERE NOT EXISTS (SELECT 1 FROM complaint_flag f WHERE f.seq = c.seq) ORDER BY c.seq DESC LIMIT ?`;

/** Open items scored by older lists or an older model. */
const STALE_ITEMS = `SELECT c.seq, c.text, c.author_handle AS handle FROM complaint c
  JOIN complaint_flag f ON f.seq = c.seq WHERE c.status IN ${OPEN} AND f.scorer <> ?
  ORDER BY c.seq DESC LIMIT ?`;

function scoreOne(item: Unscored, scorer: Scorer): ScoredRow {
  try {
    const flagging = flagItem({ text: item.text, handle: item.handle }, scorer.lexicon, scorer.model);
    return { seq: item.seq, scorer: scorer.id, ok: true, flagging };
  } catch (error) {
    // Scoring never blocks work: the item stays unflagged, and the row says why.
    return { seq: item.seq, scorer: scorer.id, ok: false, error: String(error).slice(0, 500) };
  }
}

export type ChunkResult = { items: number; failed: number; ms: number };

/**
 * Scores the next chunk of the backlog (new items first, then open items scored by an older scorer).
 * Returns what it did; zero items means the backlog is empty.
 */
export function scoreChunk(db: Database.Database, scorer: Scorer, limit = CHUNK): ChunkResult {
  const started = performance.now();
  let items = db.prepare<[number], Unscored>(NEW_ITEMS).all(limit);
  if (items.length === 0) items = db.prepare<[string, number], Unscored>(STALE_ITEMS).all(scorer.id, limit);
  const rows = items.map((item) => scoreOne(item, scorer));
  if (rows.length > 0) saveFlags(db, rows);
  return { items: rows.length, failed: rows.filter((r) => !r.ok).length, ms: performance.now() - started };
}

/** Items not scored yet, and open ones to score again: what flags.status calls the backlog. */
export function backlogSize(db: Database.Database, scorerNow: string): number {
  return (
    db
      .prepare<[string], number>(
        `SELECT (SELECT count(*) FROM complaint c
                  WHERE NOT EXISTS (SELECT 1 FROM complaint_flag f WHERE f.seq = c.seq))
              + (SELECT count(*) FROM complaint c JOIN complaint_flag f ON f.seq = c.seq
                  WHERE c.status IN ${OPEN} AND f.scorer <> ?)`,
      )
      .pluck()
      .get(scorerNow) ?? 0
  );
}
