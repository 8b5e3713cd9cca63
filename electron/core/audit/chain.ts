import { hash } from 'node:crypto';

/** The prev_hash of the first event: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Every stored column of audit_event except `hash`, in the order they are stored. The chain covers all
 * of them (the id and prev_hash too), so changing any one is seen. Changing this list changes every hash:
 * a new column can join the chain only together with a new chain format.
 */
export const CHAINED_COLUMNS = [
  'id',
  'at',
  'actor',
  'device',
  'operation',
  'complaint_id',
  'entity_type',
  'entity_id',
  'op_id',
  'before_json',
  'after_json',
  'note',
  'prev_hash',
] as const;

/** One audit_event row as stored, without its own hash. */
export type ChainedRow = {
  id: number;
  at: string;
  actor: string;
  device: string;
  operation: string;
  complaint_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  op_id: string | null;
  before_json: string;
  after_json: string;
  note: string | null;
  prev_hash: string;
};

// Sorted once: the canonical form must not depend on how a row object happened to be built.
const CANONICAL_ORDER = [...CHAINED_COLUMNS].sort();

/**
 * The row's chained fields as JSON with a fixed key order; any other property (its hash) is left out.
 * A list of keys as the replacer makes JSON.stringify write exactly those, in that order (the values are
 * all plain strings, numbers or null).
 */
export function canonicalJson(row: ChainedRow): string {
  return JSON.stringify(row, CANONICAL_ORDER);
}

/** sha256 hex of prev_hash followed by the canonical JSON of the row. */
export function chainHash(row: ChainedRow): string {
  return hash('sha256', row.prev_hash + canonicalJson(row), 'hex');
}
