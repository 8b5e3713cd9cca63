import type Database from 'better-sqlite3';
import { prepared } from '../../../electron/core/db/statements.ts';
import type { Conflict } from '../../../shared/index.ts';

type ConflictRecord = {
  id: string;
  complaintId: string;
  grp: Conflict['group'];
  createdAt: string;
  current: string;
  incoming: string;
  status: Conflict['status'];
  resolution: string | null;
};

export const CONFLICT_COLUMNS = `id, complaint_id AS complaintId, field_group AS grp, created_at AS createdAt,
  current_json AS current, incoming_json AS incoming, status, resolution_json AS resolution`;

export const toConflict = (r: ConflictRecord): Conflict => ({
  id: r.id,
  complaintId: r.complaintId,
  group: r.grp,
  createdAt: r.createdAt,
  current: JSON.parse(r.current) as Conflict['current'],
  incoming: JSON.parse(r.incoming) as Conflict['incoming'],
  status: r.status,
  resolution: r.resolution === null ? null : (JSON.parse(r.resolution) as Conflict['resolution']),
});

export function readConflict(db: Database.Database, id: string): Conflict | null {
  const record = prepared<[string], ConflictRecord>(
    db,
    `SELECT ${CONFLICT_COLUMNS} FROM conflict WHERE id = ?`,
  ).get(id);
  return record ? toConflict(record) : null;
}

export function insertConflict(db: Database.Database, version: number, c: Conflict): void {
  prepared(
    db,
    `INSERT INTO conflict (id, complaint_id, field_group, created_at, current_json, incoming_json, status,
       resolution_json, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.id,
    c.complaintId,
    c.group,
    c.createdAt,
    JSON.stringify(c.current),
    JSON.stringify(c.incoming),
    c.status,
    c.resolution === null ? null : JSON.stringify(c.resolution),
    version,
  );
}

export function resolveConflict(
  db: Database.Database,
  version: number,
  id: string,
  resolution: NonNullable<Conflict['resolution']>,
): void {
  prepared(db, `UPDATE conflict SET status = 'resolved', resolution_json = ?, version = ? WHERE id = ?`).run(
    JSON.stringify(resolution),
    version,
    id,
  );
}

export const hasOpenConflict = (db: Database.Database, complaintId: string): boolean =>
  prepared<[string], number>(db, `SELECT 1 FROM conflict WHERE complaint_id = ? AND status = 'open'`)
    .pluck()
    .get(complaintId) !== undefined;
