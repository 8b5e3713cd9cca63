import type Database from 'better-sqlite3';
import { SYNC_LIMITS } from '../../../shared/index.ts';
import type { HubClient } from './client.ts';
import { adoptEpoch } from './epoch.ts';
import { applyPage } from './page.ts';
import { clientIdOf, readCursor } from './state.ts';

export type Progress = { done: number; total: number };

/**
 * Pulls pages from the cursor until the hub has no more. Each page is applied and the cursor advanced in
 * one transaction. A page from a new hub epoch is not applied: the cursor goes back to 0 and the loop
 * starts over. Returns how many complaints arrived.
 */
export async function pullAll(
  db: Database.Database,
  client: HubClient,
  onProgress: (progress: Progress) => void = () => {},
  limit: number = SYNC_LIMITS.pullDefault,
): Promise<number> {
  const clientId = clientIdOf(db);
  let start = readCursor(db);
  let received = 0;
  for (;;) {
    const cursor = readCursor(db);
    const page = await client.pull({ clientId, cursor, limit });
    const applied = db
      .transaction(() => {
        if (adoptEpoch(db, page.hubEpoch, page.lastClientSeq)) return null;
        return applyPage(db, page, Date.now());
      })
      .immediate();
    if (applied === null) {
      start = 0;
      continue;
    }
    received += applied;
    onProgress({ done: page.cursor - start, total: Math.max(page.headVersion - start, page.cursor - start) });
    if (!page.more) return received;
  }
}
