import { randomUUID } from 'node:crypto';
import type { Migration } from './types.ts';

/*
 * The rank columns spell the lifecycle and priority order out here on purpose: a migration is a snapshot
 * of the schema at one point in time and must not change when the vocabulary in shared/ changes later.
 */
const SCHEMA = `
CREATE TABLE city (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE kecamatan (
  id       TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE TABLE dinas (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  short_name TEXT NOT NULL,
  position   INTEGER NOT NULL
);
CREATE TABLE category (
  id               TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  name_en          TEXT NOT NULL,
  default_dinas_id TEXT NOT NULL REFERENCES dinas(id),
  position         INTEGER NOT NULL
);

CREATE TABLE complaint (
  seq               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  case_no           TEXT NOT NULL UNIQUE,
  channel           TEXT NOT NULL,
  external_id       TEXT NOT NULL,
  author_handle     TEXT NOT NULL,
  author_name       TEXT,
  text              TEXT NOT NULL,
  received_at       TEXT NOT NULL,
  received_ms       INTEGER NOT NULL,
  kecamatan_id      TEXT REFERENCES kecamatan(id),
  kelurahan         TEXT,
  address           TEXT,
  lat               REAL,
  lon               REAL,
  media_json        TEXT NOT NULL DEFAULT '[]',
  status            TEXT NOT NULL DEFAULT 'baru',
  verdict           TEXT NOT NULL DEFAULT 'belum',
  reject_reason     TEXT,
  type              TEXT,
  category_id       TEXT REFERENCES category(id),
  dinas_id          TEXT REFERENCES dinas(id),
  priority          TEXT NOT NULL DEFAULT 'sedang',
  confidentiality   TEXT NOT NULL DEFAULT 'biasa',
  responsible_party TEXT,
  -- No foreign key: sync may bring a duplicate before its master; apply checks the reference.
  master_id         TEXT,
  is_demo           INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  verdict_v         INTEGER NOT NULL DEFAULT 0,
  disposition_v     INTEGER NOT NULL DEFAULT 0,
  lifecycle_v       INTEGER NOT NULL DEFAULT 0,
  priority_v        INTEGER NOT NULL DEFAULT 0,
  updated_at        TEXT NOT NULL,
  status_rank       INTEGER GENERATED ALWAYS AS (CASE status
    WHEN 'baru' THEN 0 WHEN 'ditunda' THEN 1 WHEN 'terverifikasi' THEN 2 WHEN 'didisposisikan' THEN 3
    WHEN 'diproses' THEN 4 WHEN 'ditindaklanjuti' THEN 5 WHEN 'selesai' THEN 6 WHEN 'ditolak' THEN 7
    WHEN 'bukan_wewenang' THEN 8 WHEN 'duplikat' THEN 9 WHEN 'diarsipkan' THEN 10 END) VIRTUAL,
  priority_rank     INTEGER GENERATED ALWAYS AS (CASE priority
    WHEN 'rendah' THEN 0 WHEN 'sedang' THEN 1 WHEN 'tinggi' THEN 2 WHEN 'darurat' THEN 3 END) VIRTUAL,
  UNIQUE (channel, external_id)
);

-- seq is a time key: received_ms * 1024 + a counter (see complaints/seq.ts), so rowid order is received
-- order. A one-column index is (column, seq) underneath, which serves "filter + newest first" and the
-- full-text index returns matches in received order for free. Date filters use seq ranges.
CREATE INDEX complaint_status ON complaint (status);
CREATE INDEX complaint_category ON complaint (category_id);
CREATE INDEX complaint_dinas ON complaint (dinas_id);
CREATE INDEX complaint_kecamatan ON complaint (kecamatan_id);
CREATE INDEX complaint_channel ON complaint (channel);
CREATE INDEX complaint_status_rank ON complaint (status_rank);
CREATE INDEX complaint_priority_rank ON complaint (priority_rank);
-- "A category, most urgent first" is how a supervisor reads a category; without this the priority order
-- is rebuilt from every item of the category (~300 ms for a common one at 1M rows).
CREATE INDEX complaint_category_priority ON complaint (category_id, priority_rank);

-- Case numbers count per year of receipt.
CREATE TABLE case_counter (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);

-- External content: the text lives once, in complaint. No prefix index: it would double the cost of
-- indexing, and prefixes of three letters or more are fast without one (complaints/fts-query.ts).
-- insertComplaints indexes new rows itself (no per-row trigger program); the triggers keep later edits
-- and deletions right.
CREATE VIRTUAL TABLE complaint_fts USING fts5(
  text, author_handle,
  content = 'complaint', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint BEGIN
  INSERT INTO complaint_fts (complaint_fts, rowid, text, author_handle)
  VALUES ('delete', old.seq, old.text, old.author_handle);
END;
CREATE TRIGGER complaint_fts_update AFTER UPDATE OF text, author_handle ON complaint BEGIN
  INSERT INTO complaint_fts (complaint_fts, rowid, text, author_handle)
  VALUES ('delete', old.seq, old.text, old.author_handle);
  INSERT INTO complaint_fts (rowid, text, author_handle) VALUES (new.seq, new.text, new.author_handle);
END;

-- The operation log (see shared/design/sync.md): written in the same transaction as the edit it records.
CREATE TABLE outbox (
  client_seq    INTEGER PRIMARY KEY,
  op_id         TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  complaint_id  TEXT NOT NULL REFERENCES complaint(id),
  args_json     TEXT NOT NULL,
  read_set_json TEXT NOT NULL,
  actor         TEXT NOT NULL,
  device        TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  state         TEXT NOT NULL DEFAULT 'pending',
  attempts      INTEGER NOT NULL DEFAULT 0,
  last_error    TEXT
);
CREATE INDEX outbox_state ON outbox (state, client_seq);

CREATE TABLE complaint_event (
  id           INTEGER PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaint(id),
  -- The operation that made the event; events synced from other devices have none in this outbox.
  op_id        TEXT,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  device       TEXT NOT NULL,
  operation    TEXT NOT NULL,
  before_json  TEXT NOT NULL,
  after_json   TEXT NOT NULL,
  note         TEXT
);
CREATE INDEX complaint_event_complaint ON complaint_event (complaint_id, id);

CREATE TABLE note (
  id           TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL REFERENCES complaint(id),
  text         TEXT NOT NULL,
  actor        TEXT NOT NULL,
  created_at   TEXT NOT NULL
);
CREATE INDEX note_complaint ON note (complaint_id);

CREATE TABLE response (
  id            TEXT PRIMARY KEY,
  complaint_id  TEXT NOT NULL REFERENCES complaint(id),
  text          TEXT NOT NULL,
  responded_at  TEXT NOT NULL,
  is_public     INTEGER NOT NULL CHECK (is_public IN (0, 1)),
  evidence_json TEXT NOT NULL,
  dinas_id      TEXT REFERENCES dinas(id),
  actor         TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX response_complaint ON response (complaint_id);

CREATE TABLE sync_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SCHEMA);
    // The install's identity for sync: made once, here, and never regenerated.
    const put = db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?)');
    put.run('client_id', randomUUID());
    put.run('last_client_seq', '0');
  },
};
