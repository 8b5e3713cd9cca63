import type { Migration } from '../../../electron/core/db/migrations/types.ts';

/*
 * The hub's tables (shared/design/sync.md). Plain SQL that PostgreSQL also takes: every synced row carries
 * `version`, the hub_meta.version of the write transaction that last changed it, so a pull reads
 * "version > cursor" and never skips a row. Complaints keep their pulled form in `doc` (JSON text written
 * with each change): the first sync of 100k items is then a scan and a string join, not 100k object builds.
 */
const SCHEMA = `
CREATE TABLE hub_meta (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  epoch   TEXT NOT NULL,
  version INTEGER NOT NULL
);

CREATE TABLE hub_user (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('moderator', 'supervisor', 'penghubung', 'admin')),
  dinas_id      TEXT,
  password_hash TEXT NOT NULL,
  active        INTEGER NOT NULL,
  is_demo       INTEGER NOT NULL,
  version       INTEGER NOT NULL,
  CHECK ((role = 'penghubung') = (dinas_id IS NOT NULL))
);
CREATE INDEX hub_user_version ON hub_user (version);

-- Only the hash of a token is kept: a copied database signs nobody in.
CREATE TABLE hub_session (
  token_hash TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES hub_user (id),
  expires_ms BIGINT NOT NULL
);

CREATE TABLE ingest_key (
  key_hash   TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);

CREATE TABLE sync_client (
  client_id       TEXT PRIMARY KEY,
  user_id         TEXT NOT NULL,
  last_client_seq INTEGER NOT NULL
);

-- The idempotency ledger: a resent operation gets this stored result back.
CREATE TABLE applied_op (
  op_id        TEXT PRIMARY KEY,
  client_id    TEXT NOT NULL,
  client_seq   INTEGER NOT NULL,
  complaint_id TEXT NOT NULL,
  actor        TEXT NOT NULL,
  result       TEXT NOT NULL,
  version      INTEGER NOT NULL
);

-- What each desktop's own copy of a field group looks like after its last operation on an item: its
-- optimistic version (the read set its next operation will carry) and the hub version that stands for it,
-- or NULL when the operation was not applied (conflict, rejection), so operations built on it are stale.
CREATE TABLE sync_chain (
  client_id    TEXT NOT NULL,
  complaint_id TEXT NOT NULL,
  field_group  TEXT NOT NULL,
  seen_version INTEGER NOT NULL,
  hub_version  INTEGER,
  PRIMARY KEY (client_id, complaint_id, field_group)
);

CREATE TABLE case_counter (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);

CREATE TABLE complaint (
  id           TEXT PRIMARY KEY,
  case_no      TEXT NOT NULL UNIQUE,
  channel      TEXT NOT NULL,
  external_id  TEXT NOT NULL,
  received_at  TEXT NOT NULL,
  status       TEXT NOT NULL,
  dinas_id     TEXT,
  needs_review INTEGER NOT NULL,
  doc          TEXT NOT NULL,
  version      INTEGER NOT NULL,
  UNIQUE (channel, external_id)
);
CREATE INDEX complaint_version ON complaint (version);

CREATE TABLE complaint_event (
  id           INTEGER PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaint (id),
  op_id        TEXT,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  device       TEXT NOT NULL,
  operation    TEXT NOT NULL,
  before_json  TEXT NOT NULL,
  after_json   TEXT NOT NULL,
  note         TEXT,
  version      INTEGER NOT NULL
);
CREATE INDEX complaint_event_version ON complaint_event (version);
CREATE INDEX complaint_event_complaint ON complaint_event (complaint_id, id);

CREATE TABLE note (
  id           TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaint (id),
  text         TEXT NOT NULL,
  actor        TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  version      INTEGER NOT NULL
);
CREATE INDEX note_version ON note (version);

CREATE TABLE response (
  id            TEXT PRIMARY KEY,
  complaint_id  TEXT NOT NULL REFERENCES complaint (id),
  text          TEXT NOT NULL,
  responded_at  TEXT NOT NULL,
  is_public     INTEGER NOT NULL,
  evidence_json TEXT NOT NULL,
  dinas_id      TEXT,
  actor         TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  needs_review  INTEGER NOT NULL,
  version       INTEGER NOT NULL
);
CREATE INDEX response_version ON response (version);

CREATE TABLE conflict (
  id            TEXT PRIMARY KEY,
  complaint_id  TEXT NOT NULL REFERENCES complaint (id),
  field_group   TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  current_json  TEXT NOT NULL,
  incoming_json TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
  resolution_json TEXT,
  version       INTEGER NOT NULL
);
CREATE INDEX conflict_version ON conflict (version);
CREATE INDEX conflict_complaint ON conflict (complaint_id, status);

-- Master data, each piece sent whole to desktops when any of it changed (see master.ts).
CREATE TABLE master_part (
  name    TEXT PRIMARY KEY,
  json    TEXT NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX master_part_version ON master_part (version);
`;

export const hubMigration001: Migration = {
  version: 1,
  name: 'hub',
  up(db) {
    db.exec(SCHEMA);
  },
};
