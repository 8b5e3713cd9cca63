import type { Migration } from './types.ts';

/*
 * Local sign-in. The roles are spelled out here (a migration is a snapshot, see 001). A penghubung belongs
 * to exactly one dinas and no other role has one. Only the sha256 of a session token is stored, so a copy
 * of the database does not let anyone act as a signed-in user.
 */
const SCHEMA = `
CREATE TABLE app_user (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE CHECK (username = lower(username)),
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('moderator', 'supervisor', 'penghubung', 'admin')),
  dinas_id      TEXT REFERENCES dinas(id),
  password_hash TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- A demo user still has the published demo password; a password reset clears it.
  is_demo       INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK ((role = 'penghubung') = (dinas_id IS NOT NULL))
);

CREATE TABLE app_session (
  token_hash TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES app_user(id),
  created_at TEXT NOT NULL,
  expires_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX app_session_user ON app_session (user_id);
`;

export const migration004: Migration = {
  version: 4,
  name: 'users',
  up(db) {
    db.exec(SCHEMA);
  },
};
