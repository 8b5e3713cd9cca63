import type Database from 'better-sqlite3';
import { prepared } from '../../../electron/core/db/statements.ts';
import type { FieldGroup } from '../../../shared/index.ts';
import type { Chain } from '../../sync/chain.ts';

export function readChain(db: Database.Database, clientId: string, complaintId: string): Chain {
  const rows = prepared<[string, string], { group: FieldGroup; seen: number; hubVersion: number | null }>(
    db,
    `SELECT field_group AS "group", seen_version AS seen, hub_version AS hubVersion FROM sync_chain
     WHERE client_id = ? AND complaint_id = ?`,
  ).all(clientId, complaintId);
  return Object.fromEntries(rows.map(({ group, ...link }) => [group, link]));
}

export function writeChain(db: Database.Database, clientId: string, complaintId: string, links: Chain): void {
  const upsert = prepared(
    db,
    `INSERT INTO sync_chain (client_id, complaint_id, field_group, seen_version, hub_version) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (client_id, complaint_id, field_group)
     DO UPDATE SET seen_version = excluded.seen_version, hub_version = excluded.hub_version`,
  );
  for (const [group, link] of Object.entries(links)) {
    upsert.run(clientId, complaintId, group, link.seen, link.hubVersion);
  }
}
