import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { deferSecondaryIndexes } from '../../../electron/core/complaints/secondary-indexes.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { hubClient, type HubClient } from '../../../electron/core/sync/client.ts';
import { SyncFailure } from '../../../electron/core/sync/failure.ts';
import { pullAll } from '../../../electron/core/sync/pull.ts';
import { item, tempDb } from '../core/helpers.ts';
import { DEMO_PASSWORD, testHub, type TestHub } from './desk.ts';

const open: TestHub[] = [];
afterEach(async () => {
  for (const x of open.splice(0)) await x.close();
});

const indexesOf = (db: Database.Database): string[] =>
  db
    .prepare<[], string>(
      "SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'complaint' AND sql IS NOT NULL ORDER BY rowid",
    )
    .pluck()
    .all();

/** A hub with 2,000 complaints in four ingests, and a client signed in to it. */
async function hubWithComplaints(): Promise<HubClient> {
  const hub = await testHub();
  open.push(hub);
  for (let start = 0; start < 2_000; start += 500) {
    await hub.ingest(Array.from({ length: 500 }, (_, i) => item(start + i)));
  }
  const { token } = await hubClient({ url: hub.url, token: null }).signIn({
    username: 'admin',
    password: DEMO_PASSWORD,
  });
  return hubClient({ url: hub.url, token });
}

describe("a cold first sync builds complaint's indexes once, at the end", () => {
  it('runs its pages without them and leaves the same indexes as a fresh database', async () => {
    const client = await hubWithComplaints();
    const { db } = tempDb();
    const expected = indexesOf(db);
    let pagesSeenWithoutIndexes = 0;
    await pullAll(
      db,
      client,
      () => {
        if (indexesOf(db).length < expected.length) pagesSeenWithoutIndexes += 1;
      },
      500,
    );
    expect(pagesSeenWithoutIndexes).toBeGreaterThan(0);
    expect(indexesOf(db)).toEqual(expected);
    expect(db.prepare('SELECT count(*) FROM deferred_index').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM complaint').pluck().get()).toBe(2_000);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('builds them again when the pull fails half way, and the next pull goes on with them', async () => {
    const real = await hubWithComplaints();
    let pages = 0;
    const failing: HubClient = {
      ...real,
      pull: (request) => {
        pages += 1;
        return pages === 3 ? Promise.reject(new SyncFailure('transient', 'cut off')) : real.pull(request);
      },
    };
    const { db } = tempDb();
    const expected = indexesOf(db);
    await expect(pullAll(db, failing, () => {}, 500)).rejects.toThrow('cut off');
    expect(indexesOf(db)).toEqual(expected);
    const before = db.prepare<[], number>('SELECT count(*) FROM complaint').pluck().get() ?? 0;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(2_000);
    await pullAll(db, real, () => {}, 500);
    expect(indexesOf(db)).toEqual(expected);
    expect(db.prepare('SELECT count(*) FROM complaint').pluck().get()).toBe(2_000);
  });

  it('a database closed with indexes deferred (a crash) gets them back when it is opened', () => {
    const { db, file } = tempDb();
    const expected = indexesOf(db);
    db.transaction(() => deferSecondaryIndexes(db))();
    expect(indexesOf(db).length).toBeLessThan(expected.length);
    db.close();
    const reopened = openDatabase(file);
    try {
      expect(indexesOf(reopened)).toEqual(expected);
      expect(reopened.prepare('SELECT count(*) FROM deferred_index').pluck().get()).toBe(0);
    } finally {
      reopened.close();
    }
  });

  it('a desk that already holds complaints keeps its indexes while it pulls', async () => {
    const client = await hubWithComplaints();
    const { db } = tempDb();
    const expected = indexesOf(db);
    await pullAll(db, client, () => {}, 500);
    // Start over from cursor 0 with the rows kept: not cold, so no page runs without indexes.
    db.prepare("UPDATE sync_state SET value = '0' WHERE key = 'cursor'").run();
    let without = 0;
    await pullAll(db, client, () => (without += indexesOf(db).length < expected.length ? 1 : 0), 500);
    expect(without).toBe(0);
    expect(indexesOf(db)).toEqual(expected);
  });
});
