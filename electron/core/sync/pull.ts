import type Database from 'better-sqlite3';
import { SYNC_LIMITS, type PullResponse } from '../../../shared/index.ts';
import { deferSecondaryIndexes, restoreSecondaryIndexes } from '../complaints/secondary-indexes.ts';
import type { HubClient } from './client.ts';
import { adoptEpoch } from './epoch.ts';
import { applyPage } from './page.ts';
import { clientIdOf, readCursor, readKey } from './state.ts';

export type Progress = { done: number; total: number };

/**
 * Pulls pages from the cursor until the hub has no more. Each page is applied and the cursor advanced in
 * one transaction. The next page is asked for before this one is applied, so the hub reads and sends it
 * meanwhile (the cursor it names is the one the transaction writes). A page from a new hub epoch is not
 * applied: the cursor goes back to 0 and the loop starts over. A page that stopped fitting while it was
 * on its way (the desk was connected again meanwhile: to another hub, or as someone with another scope,
 * which resets the cursor) is dropped and the pull ends; the next one starts afresh. Returns how many
 * complaints arrived.
 */
export async function pullAll(
  db: Database.Database,
  client: HubClient,
  onProgress: (progress: Progress) => void = () => {},
  limit: number = SYNC_LIMITS.pullDefault,
): Promise<number> {
  const clientId = clientIdOf(db);
  const ask = (cursor: number): { from: number; page: Promise<PullResponse> } => {
    const page = client.pull({ clientId, cursor, limit });
    // A page asked for ahead and then not needed (an error or a new epoch) must not fail unobserved.
    page.catch(() => {});
    return { from: cursor, page };
  };
  const token = readKey(db, 'hub_token');
  let start = readCursor(db);
  let received = 0;
  let next = ask(start);
  // A first sync into an empty desk builds complaint's indexes once at the end instead of row by row.
  const cold = start === 0 && db.prepare('SELECT 1 FROM complaint LIMIT 1').get() === undefined;
  try {
    for (;;) {
      const { from } = next;
      const page = await next.page;
      if (page.more) {
        next = ask(page.cursor);
        // Lets that request go out before this page's synchronous write: the hub prepares it meanwhile.
        await new Promise((r) => setImmediate(r));
      }
      const applied = applyPulled(db, page, { from, token, cold });
      if (applied === 'moved') return received;
      if (applied === 'new_epoch') {
        start = 0;
        next = ask(0);
        continue;
      }
      received += applied;
      onProgress({
        done: page.cursor - start,
        total: Math.max(page.headVersion - start, page.cursor - start),
      });
      if (!page.more) return received;
    }
  } finally {
    if (cold && db.open) restoreSecondaryIndexes(db);
  }
}

/**
 * One page and the cursor advance in one transaction, unless the desk moved on meanwhile ('moved') or
 * the hub is a new epoch. A cold first sync runs its pages with complaint's secondary indexes deferred
 * and builds them in the transaction of its last page.
 */
function applyPulled(
  db: Database.Database,
  page: PullResponse,
  expect: { from: number; token: string | null; cold: boolean },
): number | 'moved' | 'new_epoch' {
  return db
    .transaction(() => {
      if (readCursor(db) !== expect.from || readKey(db, 'hub_token') !== expect.token) return 'moved';
      if (adoptEpoch(db, page.hubEpoch, page.lastClientSeq)) return 'new_epoch';
      if (expect.cold && page.more) deferSecondaryIndexes(db);
      const count = applyPage(db, page, Date.now());
      if (!page.more) restoreSecondaryIndexes(db);
      return count;
    })
    .immediate();
}
