import type { HubStore, MasterParts } from '../types.ts';
import type { References } from '../../sync/judge.ts';
import * as accounts from './accounts.ts';
import { complaintExists, ingest } from './complaints.ts';
import { openHubDatabase, readMeta, writing } from './db.ts';
import { readMaster, saveMaster } from './master.ts';
import { pullPage } from './pull.ts';
import { pushBatch } from './push.ts';

/**
 * The embedded store: one better-sqlite3 connection. Calls run one at a time on Node's thread, so each
 * method is simply one transaction; the async shape is for the PostgreSQL store that comes later.
 */
export function openSqliteStore(dataDir: string, onCommit: (version: number) => void): HubStore {
  const db = openHubDatabase(dataDir);
  const write = <T>(fn: Parameters<typeof writing<T>>[2]): T => writing(db, onCommit, fn);
  let master: { parts: MasterParts; refs: References } | null = null;
  // Master data changes rarely: parsed once, dropped whenever it is saved.
  const known = () => {
    if (master === null) {
      const parts = readMaster(db);
      if (parts === null) throw new Error('master data is seeded when the hub starts');
      const dinas = new Set(parts.data.dinas.map((d) => d.id));
      const categories = new Set(parts.data.categories.map((c) => c.id));
      master = {
        parts,
        refs: {
          dinas: (id) => dinas.has(id),
          category: (id) => categories.has(id),
          complaint: (id) => complaintExists(db, id),
        },
      };
    }
    return master;
  };
  const { epoch } = readMeta(db);

  return {
    epoch,
    version: later(() => readMeta(db).version),
    userCount: later(() => accounts.userCount(db)),
    saveUser: later((user) => write((stamp) => accounts.saveUser(db, stamp, user))),
    credentials: later((username) => accounts.credentials(db, username)),
    userByUsername: later((username) => accounts.userByUsername(db, username)),
    startSession: later((hash, userId, expiresMs) => accounts.startSession(db, hash, userId, expiresMs)),
    sessionUser: later((hash, nowMs) => accounts.sessionUser(db, hash, nowMs)),
    addIngestKey: later((hash) => accounts.addIngestKey(db, hash)),
    hasIngestKey: later((hash) => accounts.hasIngestKey(db, hash)),
    ingestKeyCount: later(() => accounts.ingestKeyCount(db)),
    saveMaster: later((parts) => {
      master = null;
      write((stamp) => saveMaster(db, stamp, parts));
    }),
    master: later(() => (master === null ? readMaster(db) : master.parts)),
    ingest: later((drafts) => write((stamp) => ingest(db, stamp, drafts))),
    push: later((clientId, pusherId, ops, judge) =>
      pushBatch(db, onCommit, clientId, pusherId, ops, judge, known().refs),
    ),
    pull: later((clientId, cursor, limit, dinasId) => pullPage(db, clientId, cursor, limit, dinasId)),
    close: later(() => {
      db.close();
    }),
  };
}

/** The async face of a synchronous call: a throw becomes a rejected promise, as a networked store's would. */
function later<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => Promise<Awaited<R>> {
  return (...args) => {
    try {
      return Promise.resolve(fn(...args));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  };
}
