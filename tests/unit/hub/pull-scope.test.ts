import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation, PullResponse } from '../../../shared/index.ts';
import { complaintOf, desk, newComplaint, pull, signIn, testHub, VERIFY, type TestHub } from './hub.ts';

let t: TestHub;
let moderator: string;
let liaison: string;
beforeAll(async () => {
  t = await testHub();
  moderator = await signIn(t.url, 'moderator');
  liaison = await signIn(t.url, 'penghubung.pupr');
});
afterAll(() => t.stop());

const disposeTo = (dinasId: string, reason?: string): Operation => ({
  name: 'dispose',
  args: reason === undefined ? { dinasId } : { dinasId, reason },
});

/** Every page from `from` to the head, as one desk (one clientId) pulls them. */
async function pages(token: string, from: number): Promise<PullResponse[]> {
  const clientId = randomUUID();
  const all: PullResponse[] = [];
  for (let cursor = from; ;) {
    const { status, body } = await pull(t.url, token, clientId, cursor);
    expect(status).toBe(200);
    all.push(body);
    if (!body.more) return all;
    cursor = body.cursor;
  }
}

/** What a page set is about: its complaints' ids and the ids its events name. */
const about = (all: PullResponse[]) => ({
  complaints: new Set(all.flatMap((p) => p.complaints.map((c) => c.id))),
  events: new Set(all.flatMap((p) => p.events.map((e) => e.complaintId))),
});

/** The moderator's desk acts on an item from the hub's current versions. */
async function act(id: string, operation: Operation): Promise<void> {
  const versions = (await complaintOf(t.url, moderator, id)).versions;
  expect((await desk(t.url, moderator, 'moderator').act(id, operation, versions)).outcome).toBe('applied');
}

describe("a penghubung's pull", () => {
  it('brings only their dinas’s items, and an item once more when it is passed to another dinas', async () => {
    const [forPupr, forDlh, unsorted] = [
      await newComplaint(t.url),
      await newComplaint(t.url),
      await newComplaint(t.url),
    ];
    for (const [id, dinas] of [
      [forPupr, 'pupr'],
      [forDlh, 'dlh'],
    ] as const) {
      await act(id, VERIFY);
      await act(id, disposeTo(dinas));
    }

    const first = await pages(liaison, 0);
    const seen = about(first);
    expect(seen.complaints.has(forPupr)).toBe(true);
    expect([...seen.complaints].some((id) => id === forDlh || id === unsorted)).toBe(false);
    expect([...seen.events].every((id) => seen.complaints.has(id))).toBe(true);
    // The city's master data comes as it does to every desk.
    expect(first[0]?.master?.data.dinas.length).toBeGreaterThan(1);
    const everyone = about(await pages(moderator, 0)).complaints;
    expect([forPupr, forDlh, unsorted].every((id) => everyone.has(id))).toBe(true);

    // Passed on to DLH: the PUPR desk gets it once more, now DLH's, so it stops showing it.
    const cursor = first.at(-1)?.cursor ?? 0;
    await act(forPupr, disposeTo('dlh', 'Saluran air, bukan jalan'));
    const passedOn = await pages(liaison, cursor);
    const moved = passedOn.flatMap((p) => p.complaints).find((c) => c.id === forPupr);
    expect(moved?.state.dinasId).toBe('dlh');

    // Later changes to it are DLH's business only.
    await act(forPupr, { name: 'set_priority', args: { priority: 'darurat' } });
    const later = about(await pages(liaison, passedOn.at(-1)?.cursor ?? cursor));
    expect(later.complaints.has(forPupr)).toBe(false);
    expect(later.events.has(forPupr)).toBe(false);
  });

  it('brings the earlier history of an item that enters their dinas after their cursor passed it', async () => {
    const id = await newComplaint(t.url);
    await act(id, VERIFY);
    await act(id, {
      name: 'add_note',
      args: { noteId: randomUUID(), text: 'Lokasi dekat pasar, perlu dicek PUPR' },
    });
    const before = await pages(liaison, 0);
    expect(about(before).complaints.has(id)).toBe(false);

    await act(id, disposeTo('pupr'));
    const after = await pages(liaison, before.at(-1)?.cursor ?? 0);
    const events = after.flatMap((p) => p.events).filter((e) => e.complaintId === id);
    expect(events.map((e) => e.operation)).toEqual(['verify', 'add_note', 'dispose']);
    expect(after.flatMap((p) => p.notes).filter((n) => n.complaintId === id)).toHaveLength(1);
    // Once in the dinas, only new rows come: the history is not sent again.
    await act(id, { name: 'set_priority', args: { priority: 'tinggi' } });
    const next = await pages(liaison, after.at(-1)?.cursor ?? 0);
    const again = next.flatMap((p) => p.events).filter((e) => e.complaintId === id);
    expect(again.map((e) => e.operation)).toEqual(['set_priority']);
  });
});
