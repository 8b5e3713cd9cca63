import { afterEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/index.ts';
import { hubAndTwoDesks, idOf, waitFor, type Desk, type TestHub } from './desk.ts';

const open: (Desk | TestHub)[] = [];
afterEach(async () => {
  for (const x of open.splice(0).reverse()) await x.close();
});

const verify: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
};
const hoax: Operation = { name: 'reject', args: { reason: 'hoaks' } };
const disposeTo = (dinasId: string): Operation => ({ name: 'dispose', args: { dinasId } });

const drained = (desk: Desk) => async () => {
  const s = await desk.call('sync.status', {});
  return s.pending === 0 && s.state === 'online';
};

async function goOnline(desk: Desk): Promise<void> {
  await desk.call('sync.setOffline', { offline: false });
  await waitFor(drained(desk));
  await desk.call('sync.now', {});
}

describe('two desks decide offline', () => {
  it('different decisions become conflicts on both desks, nothing is overwritten; equal ones converge', async () => {
    const { a, b } = await hubAndTwoDesks(open);
    const [one, two, three] = [await idOf(a, '@warga1'), await idOf(a, '@warga2'), await idOf(a, '@warga3')];
    await a.call('complaints.apply', { complaintId: two, operation: verify });
    await waitFor(drained(a));
    await b.call('sync.now', {});
    expect((await b.call('complaints.get', { id: two })).status).toBe('terverifikasi');

    for (const desk of [a, b]) await desk.call('sync.setOffline', { offline: true });
    // A marks 1 as a hoax; B, elsewhere, verifies it and disposes it to Dinas PUPR.
    await a.call('complaints.apply', { complaintId: one, operation: hoax });
    await b.call('complaints.apply', { complaintId: one, operation: verify });
    await b.call('complaints.apply', { complaintId: one, operation: disposeTo('pupr') });
    // 2 goes to two different dinas; 3 is a hoax for both.
    await a.call('complaints.apply', { complaintId: two, operation: disposeTo('pupr') });
    await b.call('complaints.apply', { complaintId: two, operation: disposeTo('dlh') });
    await a.call('complaints.apply', { complaintId: three, operation: hoax });
    await b.call('complaints.apply', { complaintId: three, operation: hoax });
    expect((await a.call('sync.status', {})).state).toBe('offline');

    await goOnline(b);
    await goOnline(a);
    await b.call('sync.now', {});

    for (const desk of [a, b]) {
      const conflicts = await desk.call('conflicts.list', { status: 'open' });
      expect(conflicts.map((c) => [c.complaintId, c.group]).sort()).toEqual(
        [
          [one, 'verdict'],
          [two, 'disposition'],
        ].sort(),
      );
      expect(await desk.call('sync.status', {})).toMatchObject({ openConflicts: 2, rejected: 0, pending: 0 });
      // B arrived first: its decisions stand everywhere until a supervisor resolves the conflicts.
      expect(await desk.call('complaints.get', { id: one })).toMatchObject({
        status: 'didisposisikan',
        dinasId: 'pupr',
      });
      expect(await desk.call('complaints.get', { id: two })).toMatchObject({ dinasId: 'dlh' });
      expect(await desk.call('complaints.get', { id: three })).toMatchObject({
        status: 'ditolak',
        rejectReason: 'hoaks',
      });
    }
    const conflict = (await a.call('conflicts.list', {})).find((c) => c.complaintId === one);
    expect(conflict?.incoming).toMatchObject({ actor: 'moderator', value: { verdict: 'ditolak' } });
    expect(conflict?.current.actor).toBe('supervisor');
    expect(await a.call('conflicts.get', { id: conflict?.id ?? '' })).toEqual(conflict);
    // A's screen changed back: its timeline says why.
    const timeline = (await a.call('complaints.get', { id: one })).events.map((e) => e.operation);
    expect(timeline).toContain('sync.undone');
  });
});
