import type Database from 'better-sqlite3';
import { prepared } from '../db/statements.ts';

/**
 * The sync bookkeeping in sync_state. Keys are fixed here so a typo cannot invent a new one. The hub
 * token is stored in the clear: on Electron, safeStorage (the OS keychain) would be the better home.
 */
export type SyncKey =
  | 'client_id'
  | 'device'
  | 'cursor'
  | 'hub_url'
  | 'hub_token'
  | 'hub_user'
  | 'hub_epoch'
  /** What the hub sends this desk: 'all', or 'dinas:<id>' for a penghubung's desk (see connect.ts). */
  | 'hub_scope'
  /** The hub's lastClientSeq for this install, as last reported. */
  | 'hub_last_client_seq'
  /** '1' while "kerja offline" is on: no network use at all. */
  | 'offline'
  | 'last_success_at'
  | 'last_failure_at'
  | 'last_error'
  /** Which runner may sync now: {owner, untilMs} (see lease.ts). */
  | 'runner_lease';

export function readKey(db: Database.Database, key: SyncKey): string | null {
  return (
    prepared<[string], string>(db, 'SELECT value FROM sync_state WHERE key = ?').pluck().get(key) ?? null
  );
}

export function writeKey(db: Database.Database, key: SyncKey, value: string | null): void {
  if (value === null) {
    prepared(db, 'DELETE FROM sync_state WHERE key = ?').run(key);
    return;
  }
  prepared(
    db,
    'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export const readCursor = (db: Database.Database): number => Number(readKey(db, 'cursor') ?? 0);

export function clientIdOf(db: Database.Database): string {
  const id = readKey(db, 'client_id');
  if (id === null) throw new Error('sync_state has no client_id (migration 001 makes it)');
  return id;
}

/** Where this desk syncs to, or null when it has never been connected. */
export function hubConnection(db: Database.Database): { url: string; token: string } | null {
  const url = readKey(db, 'hub_url');
  const token = readKey(db, 'hub_token');
  return url === null || token === null ? null : { url, token };
}

export const isOffline = (db: Database.Database): boolean => readKey(db, 'offline') === '1';
