import type Database from 'better-sqlite3';
import { findClusters, type Clusters, type Lexicon } from '../../../shared/flagging/index.ts';

/** How many of the newest open items clustering looks at: duplicates and campaigns are recent by nature. */
export const CLUSTER_WINDOW = 5_000;

export type FoundClusters = Clusters & { computedAt: string; items: number };

type OpenItem = { id: string; text: string; atMs: number; kecamatan: string | null; author: string };

/**
 * Duplicate clusters and campaigns among the newest open items not merged yet (shared/flagging/cluster).
 * Heavy for a big window: the worker runs it, and the result is cached by the caller.
 */
export function computeClusters(db: Database.Database, lexicon: Lexicon): FoundClusters {
  const items = db
    .prepare<[number], OpenItem>(
      `SELECT id, text, received_ms AS atMs, kecamatan_id AS kecamatan, author_handle AS author
       FROM complaint WHERE status IN ('baru', 'ditunda') AND master_id IS NULL
       ORDER BY seq DESC LIMIT ?`,
    )
    .all(CLUSTER_WINDOW);
  const clusters = findClusters(
    items.map(({ kecamatan, ...item }) => (kecamatan === null ? item : { ...item, kecamatan })),
    lexicon,
  );
  return { ...clusters, computedAt: new Date().toISOString(), items: items.length };
}
