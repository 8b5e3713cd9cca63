import { GENESIS_HASH, chainHash, type ChainedRow } from '../../audit/chain.ts';
import type { Migration } from './types.ts';

/*
 * One append-only, hash-chained log for every audited event: complaint operations (complaint_id set) and
 * everything else (entity_type/entity_id set: sign-in, user and settings changes). It replaces
 * complaint_event, whose rows move over in order with their chain computed here.
 */
const SCHEMA = `
CREATE TABLE audit_event (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  device       TEXT NOT NULL,
  operation    TEXT NOT NULL,
  complaint_id TEXT REFERENCES complaint(id),
  entity_type  TEXT,
  entity_id    TEXT,
  op_id        TEXT,
  before_json  TEXT NOT NULL,
  after_json   TEXT NOT NULL,
  note         TEXT,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL,
  CHECK ((complaint_id IS NULL) <> (entity_type IS NULL))
);
CREATE INDEX audit_event_complaint ON audit_event (complaint_id, id);
CREATE INDEX audit_event_actor ON audit_event (actor COLLATE NOCASE, id);
CREATE INDEX audit_event_operation ON audit_event (operation, id);
CREATE INDEX audit_event_at ON audit_event (at);

-- Defence in depth: the chain itself still shows edits made by someone who drops these triggers.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN
  SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be changed');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN
  SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be deleted');
END;
-- A new row must link to the current last one, with a higher id (ids are always given explicitly).
CREATE TRIGGER audit_event_extends_chain BEFORE INSERT ON audit_event
WHEN new.prev_hash IS NOT coalesce((SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1), '${GENESIS_HASH}')
  OR new.id <= coalesce((SELECT max(id) FROM audit_event), 0)
BEGIN
  SELECT RAISE(ABORT, 'audit_event is append-only: a new row must extend the chain at its end');
END;
`;

type OldEvent = Pick<
  ChainedRow,
  'id' | 'at' | 'actor' | 'device' | 'operation' | 'op_id' | 'before_json' | 'after_json' | 'note'
> & { complaint_id: string };

// Written out here rather than shared with audit/append.ts: a migration is a snapshot and must keep
// working when later migrations add columns that the live writer then fills.
const INSERT = `INSERT INTO audit_event (id, at, actor, device, operation, complaint_id, entity_type,
  entity_id, op_id, before_json, after_json, note, prev_hash, hash)
  VALUES (@id, @at, @actor, @device, @operation, @complaint_id, @entity_type, @entity_id, @op_id,
  @before_json, @after_json, @note, @prev_hash, @hash)`;

export const migration002: Migration = {
  version: 2,
  name: 'audit_chain',
  up(db) {
    db.exec(SCHEMA);
    const insert = db.prepare(INSERT);
    const old = db.prepare<[], OldEvent>(
      `SELECT id, complaint_id, op_id, at, actor, device, operation, before_json, after_json, note
       FROM complaint_event ORDER BY id`,
    );
    let prevHash = GENESIS_HASH;
    // Kept verbatim (ids included), in their order.
    for (const event of old.all()) {
      const row: ChainedRow = { ...event, entity_type: null, entity_id: null, prev_hash: prevHash };
      prevHash = chainHash(row);
      insert.run({ ...row, hash: prevHash });
    }
    db.exec('DROP TABLE complaint_event');
  },
};
