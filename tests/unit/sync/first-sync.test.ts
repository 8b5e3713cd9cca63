import { afterEach, describe, expect, it } from 'vitest';
import { hubClient } from '../../../electron/core/sync/client.ts';
import { pullAll, type Progress } from '../../../electron/core/sync/pull.ts';
import { item, tempDb } from '../core/helpers.ts';
import { DEMO_PASSWORD, testHub, type TestHub } from './desk.ts';

const open: TestHub[] = [];
afterEach(async () => {
  for (const x of open.splice(0)) await x.close();
});

const COUNT = 3_000;

describe('a first sync', () => {
  it(`brings ${COUNT} complaints down in pages, reporting progress, resumable from its cursor`, async () => {
    const hub = await testHub();
    open.push(hub);
    for (let start = 0; start < COUNT; start += 1_000) {
      await hub.ingest(
        Array.from({ length: 1_000 }, (_, i) => item(start + i, { externalId: `ig-${start + i}` })),
      );
    }
    const { db } = tempDb();
    const signedIn = await hubClient({ url: hub.url, token: null }).signIn({
      username: 'admin',
      password: DEMO_PASSWORD,
    });
    const client = hubClient({ url: hub.url, token: signedIn.token });

    const progress: Progress[] = [];
    const started = performance.now();
    const received = await pullAll(db, client, (p) => progress.push(p), 500);
    const ms = performance.now() - started;
    console.log(
      `first sync: ${received} complaints in ${ms.toFixed(0)} ms (${((ms / received) * 1_000).toFixed(0)} ms per 1k)`,
    );

    expect(db.prepare('SELECT count(*) FROM complaint').pluck().get()).toBe(COUNT);
    expect(db.prepare('SELECT count(*) FROM complaint_base').pluck().get()).toBe(COUNT);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
    // Case numbers are the hub's, unique, and full-text search finds the pulled text.
    expect(db.prepare('SELECT count(DISTINCT case_no) FROM complaint').pluck().get()).toBe(COUNT);
    expect(
      db.prepare("SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'keluhan'").pluck().get(),
    ).toBe(COUNT);
    // Nothing new: a second pull brings nothing and leaves the cursor where it was.
    const cursor = db.prepare("SELECT value FROM sync_state WHERE key = 'cursor'").pluck().get();
    expect(await pullAll(db, client)).toBe(0);
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'cursor'").pluck().get()).toBe(cursor);
  });
});
