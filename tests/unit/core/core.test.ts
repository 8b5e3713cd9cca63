import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API, LIMITS, type Method } from '../../../shared/index.ts';
import { DATABASE_FILE, openCore, type Core } from '../../../electron/core/index.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { snapshot, tempDir } from './helpers.ts';
import { demoSession, value } from './sign-in.ts';

const errors: object[] = [];
const log = { error: (obj: object) => void errors.push(obj) };

function core(demo: false | { count: number; seed: number } = { count: 30, seed: 3 }): {
  core: Core;
  dir: string;
} {
  const dir = path.join(tempDir(), 'nested', 'data');
  return { core: openCore({ dataDir: dir, demo, device: 'desk-1', log }), dir };
}

type Page = { rows: { id: string; status: string }[] };

describe('openCore', () => {
  it('creates its folder, seeds demo complaints once and reports them', async () => {
    const { core: first, dir } = core();
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
    const info = value<{ hasDemoData: boolean; complaintCount: number; cityName: string; device: string }>(
      await first.call('app.info', {}, null),
    );
    expect(info).toMatchObject({
      hasDemoData: true,
      complaintCount: 30,
      cityName: 'Kota Tasikmalaya',
      device: 'desk-1',
    });
    first.close();
    const again = openCore({ dataDir: dir, demo: { count: 50, seed: 4 }, log });
    expect(value<{ complaintCount: number }>(await again.call('app.info', {}, null)).complaintCount).toBe(30);
    again.close();
  });

  it('starts empty without demo data, and without users until the first admin is set up', async () => {
    const { core: c } = core(false);
    expect(
      value<{ hasDemoData: boolean; complaintCount: number }>(await c.call('app.info', undefined, null)),
    ).toMatchObject({
      hasDemoData: false,
      complaintCount: 0,
    });
    expect(value(await c.call('auth.status', {}, null))).toEqual({
      needsSetup: true,
      user: null,
      demo: null,
    });
    const setup = { username: 'rina', displayName: 'Rina', password: 'sandi-rahasia-1' };
    const { session } = value<{ session: string }>(await c.call('auth.setup', setup, null));
    expect(
      value<{ categories: unknown[] }>(await c.call('master.get', {}, session)).categories.length,
    ).toBeGreaterThan(0);
    c.close();
  });

  it('serves list, count, get and apply through the contract', async () => {
    const { core: c } = core();
    const s = await demoSession(c, 'moderator');
    const page = value<Page>(
      await c.call(
        'complaints.list',
        { filters: {}, sort: { by: 'receivedAt', dir: 'desc' }, offset: 0, limit: 5 },
        s,
      ),
    );
    expect(page.rows).toHaveLength(5);
    expect(value<{ total: number }>(await c.call('complaints.count', {}, s)).total).toBe(30);
    const id = page.rows[0]!.id;
    expect(value<{ id: string }>(await c.call('complaints.get', { id }, s)).id).toBe(id);
    const missing = await c.call('complaints.get', { id: 'nope' }, s);
    expect(missing).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No complaint with id nope' },
    });
    const held = await c.call(
      'complaints.apply',
      { complaintId: id, operation: { name: 'set_priority', args: { priority: 'darurat' } } },
      s,
    );
    expect(value<{ priority: string; events: { actor: string; device: string }[] }>(held)).toMatchObject({
      priority: 'darurat',
      events: [{ actor: 'moderator', device: 'desk-1' }],
    });
    c.close();
  });

  it('answers every method with output its contract accepts', async () => {
    const { core: c } = core({ count: 200, seed: 11 });
    const s = await demoSession(c, 'moderator');
    const ask = async (method: Method, input: unknown) =>
      API[method].output.parse(value(await c.call(method, input, s)));
    await ask('app.info', {});
    await ask('master.get', {});
    await ask('complaints.count', { text: 'jalan' });
    const page = (await ask('complaints.list', {
      filters: {},
      sort: { by: 'priority', dir: 'asc' },
      offset: 0,
      limit: LIMITS.pageSize,
    })) as Page;
    expect(page.rows).toHaveLength(200);
    for (const row of page.rows.slice(0, 20)) await ask('complaints.get', { id: row.id });
    c.close();
  });

  it('answers malformed calls with an error envelope and changes nothing', async () => {
    const { core: c, dir } = core();
    const page = value<Page>(
      await c.call(
        'complaints.list',
        { filters: {}, sort: { by: 'receivedAt', dir: 'desc' }, offset: 0, limit: 1 },
        await demoSession(c, 'moderator'),
      ),
    );
    const id = page.rows[0]!.id;
    c.close();
    const file = path.join(dir, DATABASE_FILE);
    const reopen = () => openCore({ dataDir: dir, demo: false, device: 'desk-1', log });
    const stored = () => {
      const db = openDatabase(file);
      const rows = snapshot(db);
      db.close();
      return rows;
    };
    const d = reopen();
    // Signing in writes a session and an audit event: done before the snapshot the calls must not change.
    // The admin may do every operation, so each refusal below is for the reason its row names.
    const s = await demoSession(d, 'admin');
    d.close();
    const before = stored();
    const e = reopen();
    const bad: [unknown, unknown, string][] = [
      ['complaints.drop', {}, 'unknown_method'],
      [42, {}, 'unknown_method'],
      ['complaints.apply', { complaintId: id, operation: { name: 'verify', args: {} } }, 'invalid_input'],
      ['complaints.apply', { complaintId: id, operation: { name: 'explode', args: {} } }, 'invalid_input'],
      ['complaints.apply', { complaintId: 7, operation: { name: 'acknowledge', args: {} } }, 'invalid_input'],
      [
        'complaints.apply',
        {
          complaintId: id,
          operation: { name: 'add_note', args: { noteId: 'x', text: 'a'.repeat(LIMITS.noteText + 1) } },
        },
        'invalid_input',
      ],
      [
        'complaints.apply',
        { complaintId: 'x'.repeat(LIMITS.idLength + 1), operation: { name: 'acknowledge', args: {} } },
        'invalid_input',
      ],
      [
        'complaints.list',
        {
          filters: { text: 'j'.repeat(LIMITS.searchText + 1) },
          sort: { by: 'receivedAt', dir: 'desc' },
          offset: 0,
          limit: 5,
        },
        'invalid_input',
      ],
      [
        'complaints.list',
        { filters: {}, sort: { by: 'text; DROP TABLE complaint', dir: 'desc' }, offset: 0, limit: 5 },
        'invalid_input',
      ],
      [
        'complaints.list',
        { filters: {}, sort: { by: 'receivedAt', dir: 'desc' }, offset: -1, limit: 5000 },
        'invalid_input',
      ],
      ['complaints.count', { status: ['baru'], extra: true }, 'invalid_input'],
      ['complaints.get', 'id', 'invalid_input'],
      [
        'complaints.apply',
        { complaintId: id, operation: { name: 'acknowledge', args: {} } },
        'invalid_transition',
      ],
    ];
    for (const [method, input, code] of bad) {
      const result = await e.call(method, input, s);
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(method)).toBe(code);
    }
    e.close();
    expect(stored()).toBe(before);
  });
});
