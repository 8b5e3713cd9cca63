import type { Migration } from './types.ts';

/*
 * The desktop side of offline sync (shared/design/sync.md). The complaint row stays what the UI reads:
 * the hub's copy (complaint_base, written only by pull) with this desk's still-pending operations replayed
 * on top. Like every migration a snapshot: nothing here reads live code.
 */
const SCHEMA = `
-- The hub's state of a complaint and its group versions, as of hub_version. A complaint made on this
-- desk and never seen by a hub has no base row, and nothing rebases it.
CREATE TABLE complaint_base (
  complaint_id  TEXT PRIMARY KEY REFERENCES complaint(id),
  state_json    TEXT NOT NULL,
  versions_json TEXT NOT NULL,
  needs_review  INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
  hub_version   INTEGER NOT NULL
) WITHOUT ROWID;

-- What the hub did with each pushed operation (its OpOutcome), kept for the list of rejected changes.
-- state: pending, applied, converged, conflict or rejected.
ALTER TABLE outbox ADD COLUMN result_json TEXT;
-- Rebase replays one complaint's pending operations in order.
CREATE INDEX outbox_complaint ON outbox (complaint_id, client_seq);

-- Conflicts are made by the hub and synced down whole; a supervisor resolves one with resolve_conflict.
CREATE TABLE conflict (
  id           TEXT PRIMARY KEY,
  complaint_id TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
  created_at   TEXT NOT NULL,
  body_json    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX conflict_status ON conflict (status, created_at);
CREATE INDEX conflict_complaint ON conflict (complaint_id);

-- A dinas response that reached the hub after the item had moved to another dinas: kept, flagged.
ALTER TABLE response ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1));

-- Which hub events are already in the local timeline (audit_event), so a re-pull never doubles one.
CREATE TABLE synced_event (
  hub_id   INTEGER PRIMARY KEY,
  audit_id INTEGER NOT NULL
);
-- The event of this desk's own operation is already in the timeline: found by its opId.
CREATE INDEX audit_event_op ON audit_event (op_id) WHERE op_id IS NOT NULL;
`;

export const migration006: Migration = {
  version: 6,
  name: 'sync',
  up(db) {
    db.exec(SCHEMA);
    // Pull starts from the beginning; the rest of the keys appear when a hub is connected.
    db.prepare("INSERT INTO sync_state (key, value) VALUES ('cursor', '0')").run();
  },
};
