import type { Migration } from './types.ts';

/*
 * Automatic flagging on the desk (shared/flagging, electron/core/flags). Scores are derived data: each desk
 * scores its own copy in a background worker and never syncs them; a missing row means "not scored yet".
 * What the desk teaches (feedback), the lists it edits and the models it learns are its own records.
 * Like every migration a snapshot: nothing here reads live code.
 */
const SCHEMA = `
-- One row per scored complaint (seq = complaint.seq). The four risks are 0..1; risk is the strongest of
-- them (what "sort by flag" reads). A failed scoring keeps its row with NULL scores and the error, so the
-- item stays unflagged instead of being retried forever; scorer names the lists and model that scored it.
CREATE TABLE complaint_flag (
  seq             INTEGER PRIMARY KEY,
  abuse           REAL,
  unfair_attack   REAL,
  hoax            REAL,
  spam            REAL,
  risk            REAL,
  suggested       TEXT,
  propose_rahasia INTEGER NOT NULL DEFAULT 0 CHECK (propose_rahasia IN (0, 1)),
  mask_profanity  INTEGER NOT NULL DEFAULT 0 CHECK (mask_profanity IN (0, 1)),
  reasons_json    TEXT NOT NULL DEFAULT '[]',
  scorer          TEXT NOT NULL,
  scored_at       TEXT NOT NULL,
  error           TEXT
);
-- "Tanda: hujatan" reads one label's index from the threshold up; sorting by flag reads risk's.
CREATE INDEX complaint_flag_abuse ON complaint_flag (abuse);
CREATE INDEX complaint_flag_unfair_attack ON complaint_flag (unfair_attack);
CREATE INDEX complaint_flag_hoax ON complaint_flag (hoax);
CREATE INDEX complaint_flag_spam ON complaint_flag (spam);
CREATE INDEX complaint_flag_risk ON complaint_flag (risk);
CREATE TRIGGER complaint_flag_gone AFTER DELETE ON complaint BEGIN
  DELETE FROM complaint_flag WHERE seq = old.seq;
END;

-- A moderator agreeing or disagreeing with a suggested label: one answer per person, item and label.
CREATE TABLE flag_feedback (
  complaint_id TEXT NOT NULL REFERENCES complaint(id),
  label        TEXT NOT NULL,
  actor        TEXT NOT NULL,
  agree        INTEGER NOT NULL CHECK (agree IN (0, 1)),
  at           TEXT NOT NULL,
  PRIMARY KEY (complaint_id, label, actor)
) WITHOUT ROWID;

-- The desk's edited word lists, whole, one row per save; the newest is in use (none: the shipped lists).
CREATE TABLE flag_lists (
  version    INTEGER PRIMARY KEY,
  lists_json TEXT NOT NULL,
  saved_by   TEXT NOT NULL,
  saved_at   TEXT NOT NULL
);

-- Models learned from the desk's verdicts and feedback; the newest is in use. quality_json is measured
-- on a held-out share of the examples; examples is how many the desk had when it was trained.
CREATE TABLE flag_model (
  version      INTEGER PRIMARY KEY,
  model_json   TEXT NOT NULL,
  quality_json TEXT NOT NULL,
  examples     INTEGER NOT NULL,
  trained_at   TEXT NOT NULL
);
`;

export const migration008: Migration = {
  version: 8,
  name: 'flags',
  up(db) {
    db.exec(SCHEMA);
  },
};
