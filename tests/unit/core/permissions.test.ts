import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACCESS,
  METHODS,
  OPERATION_NAMES,
  ROLES,
  mayApply,
  type Method,
  type OperationName,
  type Role,
  type User,
} from '../../../shared/index.ts';
import { dispatch, type Handlers } from '../../../electron/core/api/dispatch.ts';
import { openCore } from '../../../electron/core/index.ts';
import { tempDir } from './helpers.ts';
import { demoSession, value } from './sign-in.ts';

const ALL: readonly Role[] = ROLES;
const STAFF: readonly Role[] = ['moderator', 'supervisor', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
const LEADS: readonly Role[] = ['supervisor', 'admin'];

/** Who may call each method, written out by hand: the table in shared/api/access.ts must agree. */
const METHOD_ROLES: { [M in Method]: 'public' | readonly Role[] } = {
  'app.info': 'public',
  'auth.status': 'public',
  'auth.setup': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'users.list': ADMIN,
  'users.save': ADMIN,
  'master.get': ALL,
  'complaints.list': ALL,
  'complaints.count': ALL,
  'complaints.get': ALL,
  'complaints.apply': ALL,
  'complaints.applyMany': ALL,
  'queue.summary': LEADS,
  'deadlines.get': ADMIN,
  'deadlines.saveProfile': ADMIN,
  'deadlines.deleteProfile': ADMIN,
  'deadlines.saveHoliday': ADMIN,
  'deadlines.deleteHoliday': ADMIN,
  'audit.list': LEADS,
  'audit.verify': LEADS,
  'audit.exportCsv': LEADS,
  'templates.list': ALL,
  'templates.save': ADMIN,
  'templates.delete': ADMIN,
  'reports.dashboard': LEADS,
  'exports.dashboardXlsx': LEADS,
  'exports.complaintsXlsx': ALL,
  'exports.complaintsCsv': ALL,
  'sync.status': ALL,
  'sync.setOffline': ALL,
  'sync.connect': ADMIN,
  'sync.now': ALL,
  'sync.rejected': ALL,
  'conflicts.list': STAFF,
  'conflicts.get': STAFF,
  'flags.get': ALL,
  'flags.feedback': STAFF,
  'flags.status': ALL,
  'flags.clusters': STAFF,
  'flags.model': ADMIN,
  'flags.train': ADMIN,
  'flags.lists.get': ADMIN,
  'flags.lists.save': ADMIN,
};

const DECIDE = STAFF;
/** Who may apply each operation, by hand. */
const OPERATION_ROLES: Record<OperationName, readonly Role[]> = {
  verify: DECIDE,
  hold: DECIDE,
  reject: DECIDE,
  mark_not_authority: DECIDE,
  merge_duplicate: DECIDE,
  archive: DECIDE,
  reopen: DECIDE,
  set_priority: DECIDE,
  set_lapor: DECIDE,
  set_flag: DECIDE,
  dispose: STAFF,
  acknowledge: ['penghubung', 'admin'],
  record_response: ['penghubung', 'admin'],
  confirm_done: LEADS,
  return_to_dinas: LEADS,
  add_note: ALL,
  assign: LEADS,
  resolve_conflict: LEADS,
};

const user = (role: Role): User => ({
  id: '00000000-0000-4000-8000-000000000001',
  username: `demo-${role}`,
  displayName: role,
  role,
  dinasId: role === 'penghubung' ? 'pupr' : null,
  active: true,
});

/** Every handler answers 'ran': the test sees only whether dispatch let the call through. */
const ran = new Proxy({}, { get: () => () => 'ran' }) as Handlers;
const log = { error: () => undefined };

async function codeFor(method: Method, role: Role | null): Promise<string> {
  const desk = { handlers: ran, sessionUser: () => (role === null ? null : user(role)), device: 'd', log };
  const result = await dispatch(desk, method, {}, role === null ? null : 'token');
  return result.ok ? 'ran' : result.error.code;
}

describe('method access', () => {
  it('is written out for every method', () => {
    expect(Object.keys(METHOD_ROLES).sort()).toEqual([...METHODS].sort());
  });

  for (const method of METHODS) {
    for (const role of ROLES) {
      const expected = METHOD_ROLES[method];
      const allowed = expected === 'public' || expected.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} call ${method}`, async () => {
        // Allowed calls get past the gate: they run, or stop at the empty input, never at the role.
        const code = await codeFor(method, role);
        if (allowed) expect(['ran', 'invalid_input']).toContain(code);
        else expect(code).toBe('forbidden');
      });
    }
    it(`${method} without a session: ${ACCESS[method] === 'public' ? 'runs' : 'unauthorized'}`, async () => {
      const code = await codeFor(method, null);
      if (ACCESS[method] === 'public') expect(['ran', 'invalid_input']).toContain(code);
      else expect(code).toBe('unauthorized');
    });
  }
});

describe('operation permissions', () => {
  it('are written out for every operation', () => {
    expect(Object.keys(OPERATION_ROLES).sort()).toEqual([...OPERATION_NAMES].sort());
  });
  for (const name of OPERATION_NAMES) {
    for (const role of ROLES) {
      const allowed = OPERATION_ROLES[name].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${name}`, () => {
        expect(mayApply(role, name)).toBe(allowed);
      });
    }
  }
});

type Row = { id: string; dinasId: string | null; status: string };
const NEWEST = { by: 'receivedAt', dir: 'desc' } as const;

describe('enforced in core', () => {
  it('keeps a penghubung to their own dinas and each role to its operations', async () => {
    const core = openCore({
      dataDir: path.join(tempDir(), 'data'),
      demo: { count: 60, seed: 5 },
      device: 'desk-1',
      log,
    });
    const call = async <T>(method: Method, input: unknown, session: string) =>
      value<T>(await core.call(method, input, session));
    const code = async (method: Method, input: unknown, session: string) => {
      const result = await core.call(method, input, session);
      return result.ok ? 'ok' : result.error.code;
    };
    const moderator = await demoSession(core, 'moderator');
    const { rows } = await call<{ rows: Row[] }>(
      'complaints.list',
      { filters: { status: ['baru'] }, sort: NEWEST, offset: 0, limit: 4 },
      moderator,
    );
    const [pupr1, pupr2, dlh1] = rows.map((r) => r.id);
    if (!pupr1 || !pupr2 || !dlh1) throw new Error('the demo seed has too few new complaints');
    // The demo desk history already gave Dinas PUPR some items; the liaison sees those and the two below.
    const earlier = await call<{ rows: Row[] }>(
      'complaints.list',
      { filters: { dinasId: ['pupr'] }, sort: NEWEST, offset: 0, limit: 500 },
      moderator,
    );
    const puprIds = (...more: string[]) => [...earlier.rows.map((r) => r.id), ...more].sort();
    const verify = {
      name: 'verify',
      args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
    };
    for (const [id, dinasId] of [
      [pupr1, 'pupr'],
      [pupr2, 'pupr'],
      [dlh1, 'dlh'],
    ] as const) {
      await call('complaints.apply', { complaintId: id, operation: verify }, moderator);
      await call(
        'complaints.apply',
        { complaintId: id, operation: { name: 'dispose', args: { dinasId } } },
        moderator,
      );
    }
    // The moderator may not do the dinas's part.
    const acknowledge = (id: string) => ({ complaintId: id, operation: { name: 'acknowledge', args: {} } });
    expect(await code('complaints.apply', acknowledge(pupr1), moderator)).toBe('forbidden');

    const pupr = await demoSession(core, 'penghubung.pupr');
    const seen = await call<{ rows: Row[] }>(
      'complaints.list',
      { filters: {}, sort: NEWEST, offset: 0, limit: 500 },
      pupr,
    );
    expect(seen.rows.map((r) => r.id).sort()).toEqual(puprIds(pupr1, pupr2));
    // Asking for another dinas by filter does not widen the scope.
    const asked = await call<{ rows: Row[] }>(
      'complaints.list',
      { filters: { dinasId: ['dlh'] }, sort: NEWEST, offset: 0, limit: 500 },
      pupr,
    );
    expect(asked.rows).toEqual([]);
    expect(await call('complaints.count', {}, pupr)).toEqual({
      total: puprIds(pupr1, pupr2).length,
      capped: false,
    });
    expect(await call('complaints.count', { text: 'jalan' }, pupr)).toMatchObject({ capped: false });
    expect(await code('complaints.get', { id: dlh1 }, pupr)).toBe('not_found');
    expect(await code('complaints.apply', acknowledge(dlh1), pupr)).toBe('not_found');
    const bulk = await call<{ results: { id: string; ok: boolean }[] }>(
      'complaints.applyMany',
      { complaintIds: [dlh1, pupr2], operation: { name: 'acknowledge', args: {} } },
      pupr,
    );
    expect(bulk.results.map((r) => [r.id, r.ok])).toEqual([
      [dlh1, false],
      [pupr2, true],
    ]);
    // Their own item: the dinas's steps are recorded as the liaison.
    const done = await call<{ status: string; events: { actor: string }[] }>(
      'complaints.apply',
      acknowledge(pupr1),
      pupr,
    );
    expect(done.status).toBe('diproses');
    expect(done.events.at(-1)?.actor).toBe('penghubung.pupr');
    expect(await code('complaints.apply', { complaintId: pupr1, operation: verify }, pupr)).toBe('forbidden');
    expect(await code('audit.list', { filters: {}, offset: 0, limit: 10 }, pupr)).toBe('forbidden');

    const dlh = await demoSession(core, 'penghubung.dlh');
    expect(await code('complaints.get', { id: pupr1 }, dlh)).toBe('not_found');
    expect(await code('complaints.get', { id: dlh1 }, dlh)).toBe('ok');
    core.close();
  });
});
