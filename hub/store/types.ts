import type { IngestItem, OpResult, SyncedMaster, SyncOp, User } from '../../shared/index.ts';
import type { Judge } from '../sync/judge.ts';

/*
 * The narrow interface every hub store implements: SQLite now (store/sqlite/), PostgreSQL later. Each
 * method is one transaction; every one that changes synced data bumps hub_meta.version exactly once and
 * stamps the rows it changes with that version. Methods are async so a networked store fits the same shape.
 */

export type NewHubUser = Omit<User, 'active'> & { active: boolean; passwordHash: string; isDemo: boolean };

export type IngestStored = { status: 'accepted' | 'duplicate'; id: string };

/** A checked item, with the kecamatan already mapped to its id. */
export type IngestDraft = { item: IngestItem; kecamatanId: string | null };

/** A push's answers in order, or the operation that left a gap and the seq expected instead. */
export type PushStored =
  | { kind: 'answered'; results: OpResult[]; lastClientSeq: number }
  | { kind: 'seq_gap'; clientSeq: number; expectedSeq: number };

/** One pull page as JSON text (complaints are stored pre-serialised), plus its head for logs. */
export type PullPage = { json: string; cursor: number; more: boolean; headVersion: number };

export type MasterParts = {
  [K in keyof SyncedMaster as K extends 'users' ? never : K]: SyncedMaster[K];
};

export type HubStore = {
  readonly epoch: string;
  version(): Promise<number>;

  userCount(): Promise<number>;
  saveUser(user: NewHubUser): Promise<void>;
  credentials(username: string): Promise<{ user: User; passwordHash: string } | null>;
  userByUsername(username: string): Promise<User | null>;
  /** Sessions are not synced data: starting one does not move the version. */
  startSession(tokenHash: string, userId: string, expiresMs: number): Promise<void>;
  sessionUser(tokenHash: string, nowMs: number): Promise<User | null>;
  addIngestKey(keyHash: string): Promise<void>;
  hasIngestKey(keyHash: string): Promise<boolean>;
  ingestKeyCount(): Promise<number>;

  /** Master data is replaced part by part; a part whose content did not change keeps its version. */
  saveMaster(parts: MasterParts): Promise<void>;
  master(): Promise<MasterParts | null>;

  /** All new items in one transaction; (channel, externalId) already stored answers `duplicate`. */
  ingest(drafts: readonly IngestDraft[]): Promise<IngestStored[]>;

  /**
   * A push request's operations in order, one transaction for all of them, each with its own version and
   * judged as if alone: ledger, seq, judge, effects (see sqlite/push.ts).
   */
  push(clientId: string, pusherId: string, ops: readonly SyncOp[], judge: Judge): Promise<PushStored>;

  /**
   * Rows changed after the cursor, from one snapshot, ending on a whole version. With `dinasId` (a
   * penghubung's desk) only what is about the complaints with that dinas, or that just left it.
   */
  pull(clientId: string, cursor: number, limit: number, dinasId: string | null): Promise<PullPage>;

  close(): Promise<void>;
};
