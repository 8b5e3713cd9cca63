import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/index.ts';
import { item, tempDir } from '../core/helpers.ts';
import { idOf, openDesk, testHub, waitFor, type Desk, type TestHub } from './desk.ts';
import { faultProxy, type FaultProxy } from './fault-proxy.ts';

const open: (Desk | TestHub | FaultProxy)[] = [];
afterEach(async () => {
  for (const x of open.splice(0).reverse()) await x.close();
});

const verify: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
};
const drained = (desk: Desk) => async () => {
  const s = await desk.call('sync.status', {});
  return s.pending === 0 && s.state === 'online';
};

describe('a dinas response', () => {
  it('is never lost, even when the item moved to another dinas while the liaison was offline', async () => {
    const hub = await testHub();
    open.push(hub);
    await hub.ingest([item(1)]);
    const desk = await openDesk('desk-a', hub.url, 'supervisor');
    open.push(desk);
    const liaison = await openDesk('desk-pupr', hub.url, 'penghubung.pupr');
    open.push(liaison);
    const id = await idOf(desk, '@warga1');
    await desk.call('complaints.apply', { complaintId: id, operation: verify });
    await desk.call('complaints.apply', {
      complaintId: id,
      operation: { name: 'dispose', args: { dinasId: 'pupr' } },
    });
    await waitFor(drained(desk));
    await liaison.call('sync.now', {});

    await liaison.call('sync.setOffline', { offline: true });
    const responseId = randomUUID();
    await liaison.call('complaints.apply', { complaintId: id, operation: { name: 'acknowledge', args: {} } });
    await liaison.call('complaints.apply', {
      complaintId: id,
      operation: {
        name: 'record_response',
        args: {
          responseId,
          text: 'Lubang sudah ditambal',
          respondedAt: new Date().toISOString(),
          isPublic: true,
          evidence: [],
        },
      },
    });
    // Meanwhile the desk moves the item to DLH.
    await desk.call('complaints.apply', {
      complaintId: id,
      operation: { name: 'dispose', args: { dinasId: 'dlh', reason: 'salah dinas' } },
    });
    await waitFor(drained(desk));

    await liaison.call('sync.setOffline', { offline: false });
    await waitFor(drained(liaison));
    await desk.call('sync.now', {});
    const seen = await desk.call('complaints.get', { id });
    expect(seen.responses.map((r) => [r.id, r.text, r.dinasId])).toEqual([
      [responseId, 'Lubang sudah ditambal', 'pupr'],
    ]);
    expect(seen.dinasId).toBe('dlh');
  });
});

/** What a restore tool does besides copying the files back: the restored hub starts a new epoch. */
function restore(backup: string, into: string): void {
  fs.cpSync(backup, into, { recursive: true });
  for (const file of fs.readdirSync(into).filter((f) => /\.(sqlite|db)$/.test(f))) {
    const db = new Database(path.join(into, file));
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'hub_meta'").get()) {
      db.prepare('UPDATE hub_meta SET epoch = ?').run(randomUUID());
    }
    db.close();
  }
}

describe('a hub restored from a backup', () => {
  it('gets the desk’s operations it lost pushed again, and the desk re-pulls its base', async () => {
    const dataDir = tempDir();
    let hub = await testHub(dataDir);
    await hub.ingest([item(1), item(2)]);
    const proxy = await faultProxy(hub.url);
    open.push(proxy);
    const desk = await openDesk('desk-a', proxy.url, 'supervisor');
    open.push(desk);
    const [one, two] = [await idOf(desk, '@warga1'), await idOf(desk, '@warga2')];
    await desk.call('complaints.apply', { complaintId: one, operation: verify });
    await waitFor(drained(desk));

    await hub.close();
    const backup = tempDir();
    fs.cpSync(dataDir, backup, { recursive: true });
    hub = await testHub(dataDir);
    proxy.target = hub.url;
    await desk.call('complaints.apply', {
      complaintId: one,
      operation: { name: 'dispose', args: { dinasId: 'pupr' } },
    });
    await desk.call('complaints.apply', { complaintId: two, operation: verify });
    await waitFor(drained(desk));
    await hub.close();

    // The hub comes back from the backup: it knows the first verify only.
    const restored = tempDir();
    restore(backup, restored);
    hub = await testHub(restored);
    open.push(hub);
    proxy.target = hub.url;
    await desk.call('sync.now', {});
    await waitFor(drained(desk));

    const other = await openDesk('desk-b', hub.url, 'moderator');
    open.push(other);
    expect(await other.call('complaints.get', { id: one })).toMatchObject({
      status: 'didisposisikan',
      dinasId: 'pupr',
    });
    expect((await other.call('complaints.get', { id: two })).status).toBe('terverifikasi');
    expect(await desk.call('sync.status', {})).toMatchObject({ pending: 0, rejected: 0, openConflicts: 0 });
    expect(
      (await desk.call('complaints.get', { id: one })).events.filter((e) => e.operation === 'dispose'),
    ).toHaveLength(1);
  });
});
