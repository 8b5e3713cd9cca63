import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/index.ts';
import { hashPassword, verifyPassword } from '../../../electron/core/auth/password.ts';
import { SESSION_MS, sessionUser, startSession } from '../../../electron/core/auth/sessions.ts';
import { LOCK_MS, MAX_FAILURES, signInThrottle } from '../../../electron/core/auth/throttle.ts';
import { openCore } from '../../../electron/core/index.ts';
import { tempDb, tempDir } from './helpers.ts';
import { value } from './sign-in.ts';

const log = { error: () => undefined };
const ADMIN = { username: 'Rina', displayName: 'Rina Marlina', password: 'sandi-rahasia-1' };

function freshCore() {
  return openCore({ dataDir: path.join(tempDir(), 'data'), demo: false, device: 'desk-1', log });
}

const errorOf = (result: Result<unknown>) => (result.ok ? null : result.error);

describe('password hashing', () => {
  it('stores scrypt with its parameters and a fresh salt, and verifies only the right password', async () => {
    const hash = await hashPassword('sandi-rahasia-1');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await hashPassword('sandi-rahasia-1')).not.toBe(hash);
    expect(await verifyPassword('sandi-rahasia-1', hash)).toBe(true);
    expect(await verifyPassword('sandi-rahasia-2', hash)).toBe(false);
    expect(await verifyPassword('sandi-rahasia-1', 'plain')).toBe(false);
    expect(await verifyPassword('sandi-rahasia-1', hash.replace('32768', '1073741824'))).toBe(false);
  });
});

describe('first start', () => {
  it('creates one admin, signs them in, and refuses a second setup', async () => {
    const core = freshCore();
    expect(value(await core.call('auth.status', {}, null))).toMatchObject({ needsSetup: true, user: null });
    const short = await core.call('auth.setup', { ...ADMIN, password: 'pendek' }, null);
    expect(errorOf(short)?.code).toBe('invalid_input');
    const { session, user } = value<{ session: string; user: { username: string; role: string } }>(
      await core.call('auth.setup', ADMIN, null),
    );
    expect(user).toMatchObject({ username: 'rina', role: 'admin' });
    expect(value(await core.call('auth.status', {}, session))).toMatchObject({
      needsSetup: false,
      user: { username: 'rina' },
      demo: null,
    });
    expect(errorOf(await core.call('auth.setup', { ...ADMIN, username: 'budi' }, null))?.code).toBe(
      'conflict',
    );
    core.close();
  });
});

describe('sign-in', () => {
  it('answers an unknown user and a wrong password alike, and audits both', async () => {
    const core = freshCore();
    const admin = value<{ session: string }>(await core.call('auth.setup', ADMIN, null)).session;
    const unknown = await core.call('auth.signIn', { username: 'nobody', password: 'sandi-rahasia-1' }, null);
    const wrong = await core.call('auth.signIn', { username: 'rina', password: 'sandi-salah-12' }, null);
    expect(errorOf(unknown)).toEqual({ code: 'unauthorized', message: 'Wrong username or password' });
    expect(errorOf(wrong)).toEqual(errorOf(unknown));
    const page = value<{ rows: { actor: string; operation: string }[] }>(
      await core.call('audit.list', { filters: {}, offset: 0, limit: 10 }, admin),
    );
    expect(page.rows.map((r) => [r.actor, r.operation])).toEqual([
      ['rina', 'sign_in_failed'],
      ['nobody', 'sign_in_failed'],
      ['rina', 'user_create'],
    ]);
    core.close();
  });

  it(`locks a username for five minutes after ${MAX_FAILURES} failures, even for the right password`, async () => {
    const core = freshCore();
    await core.call('auth.setup', ADMIN, null);
    for (let i = 0; i < MAX_FAILURES; i++) {
      await core.call('auth.signIn', { username: 'rina', password: `salah-${i}-xxxxx` }, null);
    }
    const locked = await core.call('auth.signIn', { username: 'rina', password: ADMIN.password }, null);
    expect(errorOf(locked)?.code).toBe('too_many_attempts');
    core.close();
  });

  it('throttle: forgets old failures and opens again after the lock', () => {
    const throttle = signInThrottle();
    const t0 = 1_000_000;
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.failed('rina', t0 + i);
    expect(throttle.lockedUntil('rina', t0 + 10)).toBeNull();
    throttle.failed('rina', t0 + 10);
    expect(throttle.lockedUntil('rina', t0 + 11)).toBe(t0 + 10 + LOCK_MS);
    expect(throttle.lockedUntil('budi', t0 + 11)).toBeNull();
    expect(throttle.lockedUntil('rina', t0 + 10 + LOCK_MS)).toBeNull();
    // Failures spread over more than the window never add up to a lock.
    const slow = signInThrottle();
    for (let i = 0; i < 10; i++) slow.failed('budi', t0 + i * 2 * 60_000);
    expect(slow.lockedUntil('budi', t0 + 20 * 60_000)).toBeNull();
  });

  it('refuses a switched-off user and ends their sessions', async () => {
    const core = freshCore();
    const admin = value<{ session: string }>(await core.call('auth.setup', ADMIN, null)).session;
    const budi = { username: 'budi', displayName: 'Budi', role: 'moderator', dinasId: null, active: true };
    const created = value<{ id: string }>(
      await core.call('users.save', { ...budi, password: 'sandi-budi-123' }, admin),
    );
    const session = value<{ session: string }>(
      await core.call('auth.signIn', { username: 'BUDI', password: 'sandi-budi-123' }, null),
    ).session;
    expect(value(await core.call('complaints.count', {}, session))).toEqual({ total: 0, capped: false });
    await core.call('users.save', { ...budi, id: created.id, active: false }, admin);
    expect(errorOf(await core.call('complaints.count', {}, session))?.code).toBe('unauthorized');
    const again = await core.call('auth.signIn', { username: 'budi', password: 'sandi-budi-123' }, null);
    expect(errorOf(again)?.code).toBe('forbidden');
    core.close();
  });
});

describe('sessions', () => {
  it('expire 12 hours after their last use, and each use pushes the end forward', () => {
    const { db } = tempDb();
    db.prepare(
      `INSERT INTO app_user (id, username, display_name, role, password_hash, created_at, updated_at)
       VALUES ('u1', 'rina', 'Rina', 'moderator', 'x', '', '')`,
    ).run();
    const t0 = Date.parse('2025-03-01T08:00:00Z');
    const token = startSession(db, 'u1', t0);
    expect(sessionUser(db, token, t0 + SESSION_MS - 1)?.username).toBe('rina');
    // That use at almost 12 hours moved the end 12 hours on from it.
    expect(sessionUser(db, token, t0 + 2 * SESSION_MS - 2)?.username).toBe('rina');
    expect(sessionUser(db, token, t0 + 3 * SESSION_MS)).toBeNull();
    expect(sessionUser(db, `${token}x`, t0)).toBeNull();
    const stored = db.prepare('SELECT token_hash FROM app_session').pluck().all();
    expect(stored).not.toContain(token);
  });

  it('end at sign-out, which is audited', async () => {
    const core = freshCore();
    const session = value<{ session: string }>(await core.call('auth.setup', ADMIN, null)).session;
    expect(value(await core.call('auth.signOut', {}, session))).toEqual({});
    expect(errorOf(await core.call('users.list', {}, session))?.code).toBe('unauthorized');
    expect(value(await core.call('auth.status', {}, session))).toMatchObject({ user: null });
    const admin = value<{ session: string }>(
      await core.call('auth.signIn', { username: 'rina', password: ADMIN.password }, null),
    ).session;
    const page = value<{ rows: { operation: string }[] }>(
      await core.call('audit.list', { filters: { actor: 'rina' }, offset: 0, limit: 10 }, admin),
    );
    expect(page.rows.map((r) => r.operation)).toEqual(['sign_in', 'sign_out', 'user_create']);
    core.close();
  });
});

describe('user admin', () => {
  it('needs a dinas for a penghubung, keeps one active admin and resets passwords', async () => {
    const core = freshCore();
    const admin = value<{ session: string; user: { id: string } }>(
      await core.call('auth.setup', ADMIN, null),
    );
    const liaison = {
      username: 'asep',
      displayName: 'Asep',
      role: 'penghubung',
      active: true,
      password: 'sandi-asep-123',
    };
    expect(errorOf(await core.call('users.save', { ...liaison, dinasId: null }, admin.session))?.code).toBe(
      'invalid_input',
    );
    expect(errorOf(await core.call('users.save', { ...liaison, dinasId: 'ufo' }, admin.session))?.code).toBe(
      'invalid_operation',
    );
    const asep = value<{ id: string }>(
      await core.call('users.save', { ...liaison, dinasId: 'pupr' }, admin.session),
    );
    const self = { ...ADMIN, username: 'rina', id: admin.user.id, dinasId: null, active: true };
    const demote = await core.call(
      'users.save',
      { ...self, role: 'moderator', password: undefined },
      admin.session,
    );
    expect(errorOf(demote)?.code).toBe('conflict');
    const old = value<{ session: string }>(
      await core.call('auth.signIn', { username: 'asep', password: 'sandi-asep-123' }, null),
    ).session;
    const reset = { ...liaison, id: asep.id, dinasId: 'pupr', password: 'sandi-baru-456' };
    await core.call('users.save', reset, admin.session);
    expect(errorOf(await core.call('complaints.count', {}, old))?.code).toBe('unauthorized');
    const users = value<{ username: string; role: string }[]>(
      await core.call('users.list', {}, admin.session),
    );
    expect(users.map((u) => [u.username, u.role])).toEqual([
      ['rina', 'admin'],
      ['asep', 'penghubung'],
    ]);
    const rename = await core.call('users.save', { ...reset, username: 'asep2' }, admin.session);
    expect(errorOf(rename)?.code).toBe('invalid_operation');
    core.close();
  });
});
