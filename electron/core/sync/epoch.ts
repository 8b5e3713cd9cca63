import type Database from 'better-sqlite3';
import { reopenFrom } from './outbox.ts';
import { readKey, writeKey } from './state.ts';

/**
 * Every hub answer names its epoch. A new one means the hub was restored from a backup (or this desk
 * points at another hub): the base rows are pulled again from cursor 0, the outbox is kept, and this
 * desk's operations the hub no longer has (above its lastClientSeq) become pending and are pushed again.
 * Returns true when the epoch changed. Runs inside the caller's transaction.
 */
export function adoptEpoch(db: Database.Database, epoch: string, hubLastClientSeq: number): boolean {
  const known = readKey(db, 'hub_epoch');
  if (known === epoch) return false;
  writeKey(db, 'hub_epoch', epoch);
  // The first answer of a newly connected hub: nothing to redo (connect already reset the cursor).
  if (known === null) return false;
  writeKey(db, 'cursor', '0');
  reopenFrom(db, hubLastClientSeq + 1);
  return true;
}
