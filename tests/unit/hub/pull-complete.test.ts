import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desk, NO_READS, newComplaint, pull, signIn, testHub, VERIFY, type TestHub } from './hub.ts';

let t: TestHub;
let token: string;
beforeAll(async () => {
  t = await testHub();
  token = await signIn(t.url, 'moderator');
});
afterAll(() => t.stop());

describe('a pull page', () => {
  it('carries the complaint of every event, even one changed again after the page ends (torture, seed 7)', async () => {
    const id = await newComplaint(t.url);
    const before = (await pull(t.url, token, randomUUID(), 0, 5_000)).body.headVersion;
    const d = desk(t.url, token, 'moderator');
    await d.act(id, VERIFY, NO_READS);
    await d.act(id, { name: 'set_priority', args: { priority: 'rendah' } }, NO_READS);
    // One version per page: the first page holds the verify event; the complaint's row is at a later version.
    const { body } = await pull(t.url, token, randomUUID(), before, 1);
    expect(body.events.map((e) => e.operation)).toEqual(['verify']);
    expect(body.complaints.map((c) => c.id)).toEqual([id]);
  });
});
