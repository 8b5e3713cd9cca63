import type Database from 'better-sqlite3';
import type { SyncStatus } from '../../../shared/index.ts';
import { prepared } from '../db/statements.ts';
import { pendingCount } from './outbox.ts';
import type { RunnerView } from './runner.ts';
import { isOffline, readKey } from './state.ts';

const count = (db: Database.Database, sql: string): number =>
  prepared<[], number>(db, sql).pluck().get() ?? 0;

/** The database's side of sync (what is queued, refused, in conflict) with the runner's live view. */
export function syncStatus(db: Database.Database, live: RunnerView): SyncStatus {
  const hubUrl = readKey(db, 'hub_url');
  const offlineSwitch = isOffline(db);
  const state: SyncStatus['state'] =
    hubUrl === null
      ? 'never-connected'
      : offlineSwitch || live.online === false
        ? 'offline'
        : live.syncing
          ? 'syncing'
          : 'online';
  return {
    state,
    offlineSwitch,
    needsSignIn: live.needsSignIn,
    hubUrl,
    pending: pendingCount(db),
    rejected: count(db, "SELECT count(*) FROM outbox WHERE state = 'rejected'"),
    openConflicts: count(db, "SELECT count(*) FROM conflict WHERE status = 'open'"),
    lastSyncAt: readKey(db, 'last_success_at'),
    lastError: readKey(db, 'last_error'),
    progress: live.progress,
  };
}
