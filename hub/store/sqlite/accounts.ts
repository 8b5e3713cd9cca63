import type Database from 'better-sqlite3';
import { prepared } from '../../../electron/core/db/statements.ts';
import type { User } from '../../../shared/index.ts';
import type { NewHubUser } from '../types.ts';
import type { Stamp } from './db.ts';

type UserRecord = Omit<User, 'active'> & { active: 0 | 1 };

const USER_COLUMNS = `u.id, u.username, u.display_name AS displayName, u.role, u.dinas_id AS dinasId, u.active`;
const toUser = ({ active, ...rest }: UserRecord): User => ({ ...rest, active: active === 1 });

export const userCount = (db: Database.Database): number =>
  prepared<[], number>(db, 'SELECT count(*) FROM hub_user').pluck().get() ?? 0;

/** Users travel to desktops with master data, so a change stamps the row's version. */
export function saveUser(db: Database.Database, stamp: Stamp, user: NewHubUser): void {
  prepared(
    db,
    `INSERT INTO hub_user (id, username, display_name, role, dinas_id, password_hash, active, is_demo, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name,
       role = excluded.role, dinas_id = excluded.dinas_id, password_hash = excluded.password_hash,
       active = excluded.active, version = excluded.version`,
  ).run(
    user.id,
    user.username,
    user.displayName,
    user.role,
    user.dinasId,
    user.passwordHash,
    user.active ? 1 : 0,
    user.isDemo ? 1 : 0,
    stamp(),
  );
}

export function credentials(
  db: Database.Database,
  username: string,
): { user: User; passwordHash: string } | null {
  const record = prepared<[string], UserRecord & { passwordHash: string }>(
    db,
    `SELECT ${USER_COLUMNS}, u.password_hash AS passwordHash FROM hub_user u WHERE u.username = ?`,
  ).get(username);
  if (!record) return null;
  const { passwordHash, ...user } = record;
  return { user: toUser(user), passwordHash };
}

export const userByUsername = (db: Database.Database, username: string): User | null =>
  credentials(db, username)?.user ?? null;

export const allUsers = (db: Database.Database): User[] =>
  prepared<[], UserRecord>(db, `SELECT ${USER_COLUMNS} FROM hub_user u ORDER BY u.role, u.username`)
    .all()
    .map(toUser);

export function startSession(
  db: Database.Database,
  tokenHash: string,
  userId: string,
  expiresMs: number,
): void {
  prepared(db, 'DELETE FROM hub_session WHERE expires_ms <= ?').run(Date.now());
  prepared(db, 'INSERT INTO hub_session (token_hash, user_id, expires_ms) VALUES (?, ?, ?)').run(
    tokenHash,
    userId,
    expiresMs,
  );
}

/** The active user whose unexpired session this is; a switched-off user's sessions stop working at once. */
export function sessionUser(db: Database.Database, tokenHash: string, nowMs: number): User | null {
  const record = prepared<[string, number], UserRecord>(
    db,
    `SELECT ${USER_COLUMNS} FROM hub_session s JOIN hub_user u ON u.id = s.user_id
     WHERE s.token_hash = ? AND s.expires_ms > ? AND u.active = 1`,
  ).get(tokenHash, nowMs);
  return record ? toUser(record) : null;
}

export function addIngestKey(db: Database.Database, keyHash: string): void {
  prepared(db, 'INSERT INTO ingest_key (key_hash, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING').run(
    keyHash,
    new Date().toISOString(),
  );
}

export const hasIngestKey = (db: Database.Database, keyHash: string): boolean =>
  prepared<[string], number>(db, 'SELECT 1 FROM ingest_key WHERE key_hash = ?').pluck().get(keyHash) !==
  undefined;

export const ingestKeyCount = (db: Database.Database): number =>
  prepared<[], number>(db, 'SELECT count(*) FROM ingest_key').pluck().get() ?? 0;
