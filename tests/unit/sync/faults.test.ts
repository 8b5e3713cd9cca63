import { afterEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/index.ts';
import { item } from '../core/helpers.ts';
import { idOf, openDesk, testHub, waitFor, type Desk, type TestHub } from './desk.ts';
import { faultProxy, type Fault, type FaultProxy } from './fault-proxy.ts';

const open: (Desk | TestHub | FaultProxy)[] = [];
afterEach(async () => {
  for (const x of open.splice(0).reverse()) await x.close();
});

const verify: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const totalHits = (proxy: FaultProxy) => [...proxy.hits.values()].reduce((a, b) => a + b, 0);

describe('network faults', () => {
  it('keep operations queued and retried with backoff; status says offline; nothing is applied twice', async () => {
    const hub = await testHub();
    open.push(hub);
    await hub.ingest([item(1), item(2)]);
    const proxy = await faultProxy(hub.url);
    open.push(proxy);
    const desk = await openDesk('desk-a', proxy.url);
    open.push(desk);
    const id = await idOf(desk, '@warga1');

    const faults: Fault[] = ['down', 'http500', 'garbage', 'slow', 'truncate'];
    for (const fault of faults) {
      proxy.fault = fault;
      await desk.call('sync.now', {}).catch(() => undefined);
      const status = await desk.call('sync.status', {});
      expect(status.state, fault).toBe('offline');
      expect(status.lastError, fault).not.toBeNull();
    }

    proxy.fault = 'none';
    await waitFor(async () => (await desk.call('sync.status', {})).state === 'online');

    // The hub commits the push, the answer is cut off on the way back; the change stays queued.
    proxy.fault = 'truncate';
    await desk.call('complaints.apply', { complaintId: id, operation: verify });
    await waitFor(() => (proxy.hits.get('/api/v1/sync/push') ?? 0) >= 1);
    expect((await desk.call('sync.status', {})).pending).toBe(1);
    proxy.fault = 'down';
    const before = proxy.hits.get('/api/v1/health') ?? 0;
    await waitFor(() => (proxy.hits.get('/api/v1/health') ?? 0) >= before + 3); // backing off, still trying
    expect(await desk.call('sync.status', {})).toMatchObject({ state: 'offline', pending: 1 });

    proxy.fault = 'none';
    await waitFor(async () => {
      const s = await desk.call('sync.status', {});
      return s.pending === 0 && s.state === 'online';
    });
    // The resend after the lost answer got the hub's stored result: one verify, not two.
    const events = (await desk.call('complaints.get', { id })).events.filter((e) => e.operation === 'verify');
    expect(events).toHaveLength(1);
    expect((await desk.call('sync.rejected', {})).length).toBe(0);

    // "Kerja offline": no request at all, whatever happens on the desk.
    await desk.call('sync.setOffline', { offline: true });
    const hits = totalHits(proxy);
    const other = await idOf(desk, '@warga2');
    await desk.call('complaints.apply', { complaintId: other, operation: verify });
    await sleep(500);
    expect(totalHits(proxy)).toBe(hits);
    expect(await desk.call('sync.status', {})).toMatchObject({
      state: 'offline',
      offlineSwitch: true,
      pending: 1,
    });
    await desk.call('sync.setOffline', { offline: false });
    await waitFor(async () => (await desk.call('sync.status', {})).pending === 0);
  });
});
