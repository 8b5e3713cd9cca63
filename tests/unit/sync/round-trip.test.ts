import { afterEach, describe, expect, it } from 'vitest';
import { hubAndTwoDesks, idOf, listAll, waitFor, type Desk, type TestHub } from './desk.ts';

const open: (Desk | TestHub)[] = [];
afterEach(async () => {
  for (const x of open.splice(0).reverse()) await x.close();
});

const verify = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'tinggi', confidentiality: 'biasa' },
} as const;

describe('push and pull through a real hub', () => {
  it('brings the hub’s complaints down and one desk’s decisions to the other, history included', async () => {
    const { a, b } = await hubAndTwoDesks(open);

    expect(await listAll(a)).toHaveLength(3);
    const id = await idOf(a, '@warga2');
    await a.call('complaints.apply', { complaintId: id, operation: verify });
    await a.call('complaints.apply', {
      complaintId: id,
      operation: { name: 'dispose', args: { dinasId: 'pupr' } },
    });
    await waitFor(async () => (await a.call('sync.status', {})).pending === 0);

    await waitFor(async () => (await b.call('complaints.get', { id })).status === 'didisposisikan');
    const seen = await b.call('complaints.get', { id });
    expect(seen).toMatchObject({ dinasId: 'pupr', priority: 'tinggi', categoryId: 'jalan-rusak' });
    expect(seen.events.map((e) => [e.operation, e.actor, e.device])).toEqual([
      ['verify', 'moderator', 'desk-a'],
      ['dispose', 'moderator', 'desk-a'],
    ]);
    // The other desk's dashboard counts the pulled disposition too (its report rows come from events).
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const dashboard = await b.call('reports.dashboard', { period: { from: '2020-01-01', to: today } });
    expect(dashboard.dinas.find((d) => d.dinasId === 'pupr')?.received).toBe(1);
    expect(dashboard.desk.verified).toBe(1);
    const own = await a.call('complaints.get', { id });
    expect(own.events).toHaveLength(2); // its own events are not doubled by the pull
    await waitFor(async () => (await a.call('sync.status', {})).state === 'online');
    expect(await a.call('sync.status', {})).toMatchObject({ pending: 0, rejected: 0, openConflicts: 0 });
  });
});
