import type Database from 'better-sqlite3';
import type { AuditCheck } from '../../../shared/index.ts';
import { CHAINED_COLUMNS, GENESIS_HASH, chainHash, type ChainedRow } from './chain.ts';

const ALL_ROWS = `SELECT ${CHAINED_COLUMNS.join(', ')}, hash FROM audit_event ORDER BY id`;

/**
 * Walks the whole chain, oldest first. A row whose content no longer gives its stored hash was edited;
 * a row whose prev_hash is not the previous row's hash follows a deleted (or inserted) row. An edited
 * row keeps its old hash, so the row after it still links and only the edited one is reported.
 */
export function verifyAuditChain(db: Database.Database): AuditCheck {
  let checked = 0;
  let previousHash = GENESIS_HASH;
  const broken: AuditCheck['broken'] = [];
  for (const row of db.prepare<[], ChainedRow & { hash: string }>(ALL_ROWS).iterate()) {
    checked += 1;
    if (chainHash(row) !== row.hash) broken.push({ id: row.id, problem: 'edited' });
    else if (row.prev_hash !== previousHash) broken.push({ id: row.id, problem: 'chain_broken' });
    previousHash = row.hash;
  }
  return { checked, broken };
}
