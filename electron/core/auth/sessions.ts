import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { User } from '../../../shared/index.ts';
import { USER_COLUMNS, toUser, type UserRecord } from './users.ts';

/** A session lives 12 hours after its last use: one working day, and gone by the next morning. */
export const SESSION_MS = 12 * 60 * 60 * 1000;
/** The expiry is pushed forward at most once in this time, so reading does not write on every call. */
const EXTEND_EVERY_MS = 5 * 60 * 1000;
/** A token is 32 random bytes in base64url (43 characters); anything much longer is not one of ours. */
const MAX_TOKEN_LENGTH = 100;

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Starts a session for the user and returns its token; only the token's hash is stored. */
export function startSession(db: Database.Database, userId: string, now: number): string {
  const token = randomBytes(32).toString('base64url');
  db.prepare('DELETE FROM app_session WHERE expires_ms <= ?').run(now);
  db.prepare('INSERT INTO app_session (token_hash, user_id, created_at, expires_ms) VALUES (?, ?, ?, ?)').run(
    hashOf(token),
    userId,
    new Date(now).toISOString(),
    now + SESSION_MS,
  );
  return token;
}

/** The active user the token belongs to, or null when it is unknown, expired or the user switched off. */
export function sessionUser(db: Database.Database, token: string, now: number): User | null {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
  const hash = hashOf(token);
  const found = db
    .prepare<[string, number], UserRecord & { expiresMs: number }>(
      `SELECT ${USER_COLUMNS}, s.expires_ms AS expiresMs
       FROM app_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_ms > ? AND u.active = 1`,
    )
    .get(hash, now);
  if (!found) return null;
  const { expiresMs, ...user } = found;
  if (now + SESSION_MS - expiresMs >= EXTEND_EVERY_MS) {
    db.prepare('UPDATE app_session SET expires_ms = ? WHERE token_hash = ?').run(now + SESSION_MS, hash);
  }
  return toUser(user);
}

/** Ends the session; returns whose it was, or null when there was none. */
export function endSession(db: Database.Database, token: string): string | null {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
  return (
    db
      .prepare<[string], string>('DELETE FROM app_session WHERE token_hash = ? RETURNING user_id')
      .pluck()
      .get(hashOf(token)) ?? null
  );
}

/** Signs the user out everywhere: after a password reset, or when an admin switches the account off. */
export function endSessionsOf(db: Database.Database, userId: string): void {
  db.prepare('DELETE FROM app_session WHERE user_id = ?').run(userId);
}
