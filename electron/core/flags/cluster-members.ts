import type Database from 'better-sqlite3';
import type { ClusterMember, FlagClusters } from '../../../shared/index.ts';
import type { FoundClusters } from './clusters.ts';

/** Enough of each member for the cluster view to tell them apart. */
const EXCERPT = 200;

/**
 * The clusters with each member as it stands now: one found a minute ago may have been merged since,
 * so members that are no longer open (merged, rejected) are left out and clusters that fell below two
 * members disappear.
 */
export function withMembers(db: Database.Database, found: FoundClusters): FlagClusters {
  const read = db.prepare<[string], ClusterMember>(
    `SELECT id, case_no AS caseNo, author_handle AS authorHandle, substr(text, 1, ${EXCERPT}) AS text,
       received_at AS receivedAt, status
     FROM complaint WHERE id = ? AND status IN ('baru', 'ditunda') AND master_id IS NULL`,
  );
  const members = (ids: readonly string[]) => ids.flatMap((id) => read.get(id) ?? []);
  const kecamatanOf = db
    .prepare<[string], string | null>('SELECT kecamatan_id FROM complaint WHERE id = ?')
    .pluck();
  return {
    computedAt: found.computedAt,
    items: found.items,
    duplicates: found.duplicates.flatMap((d) => {
      const open = members(d.members);
      const [master, ...rest] = open;
      if (master === undefined || rest.length === 0) return [];
      return [
        { master, members: rest, kecamatanId: kecamatanOf.get(master.id) ?? null, similarity: d.similarity },
      ];
    }),
    campaigns: found.campaigns.flatMap((c) => {
      const open = members(c.members);
      if (open.length < 2) return [];
      return [
        {
          members: open,
          accounts: c.accounts,
          from: new Date(c.fromMs).toISOString(),
          to: new Date(c.toMs).toISOString(),
          similarity: c.similarity,
        },
      ];
    }),
  };
}
