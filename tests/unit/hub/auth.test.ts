import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubError, HubSignIn } from '../../../shared/index.ts';
import { ADMIN_PASSWORD, call, desk, newComplaint, NO_READS, signIn, testHub, type TestHub } from './hub.ts';

let t: TestHub;
beforeAll(async () => {
  t = await testHub();
});
afterAll(() => t.stop());

const signInAnswer = (username: string, password: string) =>
  call<HubSignIn & HubError>(t.url, '/api/v1/auth/sign-in', { username, password });

describe('sign-in', () => {
  it('answers a token, the user and the expiry; the token opens sync', async () => {
    const { status, body } = await signInAnswer('Supervisor', 'demo12345');
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ username: 'supervisor', role: 'supervisor', active: true });
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    const pull = await call(
      t.url,
      '/api/v1/sync/pull',
      { clientId: crypto.randomUUID(), cursor: 0 },
      body.token,
    );
    expect(pull.status).toBe(200);
  });

  it('uses the same demo user ids as the desktop', async () => {
    const { demoUserId } = await import('../../../electron/core/auth/demo-users.ts');
    const { body } = await signInAnswer('moderator', 'demo12345');
    expect(body.user.id).toBe(demoUserId('moderator'));
  });

  it('refuses a wrong password and an unknown name alike', async () => {
    const wrong = await signInAnswer('moderator', 'not-the-password');
    const unknown = await signInAnswer('nobody', 'not-the-password');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('refuses bad input with the issues', async () => {
    const { status, body } = await call<HubError>(t.url, '/api/v1/auth/sign-in', { username: 'x' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
  });

  it('locks a username after five failures', async () => {
    for (let i = 0; i < 5; i += 1) await signInAnswer('penghubung.dlh', `wrong-${i}-password`);
    const locked = await signInAnswer('penghubung.dlh', 'demo12345');
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('locked');
  });

  it('rate-limits one address', async () => {
    let last = 0;
    for (let i = 0; i < 25 && last !== 429; i += 1)
      last = (await signInAnswer(`guess${i}`, 'whatever-password')).status;
    expect(last).toBe(429);
  });
});

describe('sessions and roles', () => {
  it('refuses sync without a valid session', async () => {
    const none = await call<HubError>(t.url, '/api/v1/sync/pull', {
      clientId: crypto.randomUUID(),
      cursor: 0,
    });
    expect(none.status).toBe(401);
    const bad = await call<HubError>(
      t.url,
      '/api/v1/sync/pull',
      { clientId: crypto.randomUUID(), cursor: 0 },
      'nope',
    );
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('unauthorized');
  });

  it("rejects an operation the actor's role may not do, and a liaison outside their dinas", async () => {
    const t2 = await testHub(undefined, true);
    try {
      const token = await signIn(t2.url, 'moderator');
      const id = await newComplaint(t2.url);
      const d = desk(t2.url, token, 'moderator');
      const confirm = await d.act(id, { name: 'confirm_done', args: { by: 'supervisor' } }, NO_READS);
      expect(confirm).toMatchObject({ outcome: 'rejected', code: 'forbidden' });
      const liaison = desk(t2.url, token, 'penghubung.pupr');
      const ack = await liaison.act(id, { name: 'acknowledge', args: {} }, NO_READS);
      expect(ack).toMatchObject({ outcome: 'rejected', code: 'forbidden' });
      const ghost = await desk(t2.url, token, 'ghost').act(
        id,
        { name: 'hold', args: { missing: 'x' } },
        NO_READS,
      );
      expect(ghost).toMatchObject({ outcome: 'rejected', code: 'unknown_actor' });
    } finally {
      await t2.stop();
    }
  });

  it('creates the first admin from SARING_ADMIN_PASSWORD on a hub without demo users', async () => {
    const plain = await testHub(undefined, false);
    try {
      expect(plain.hub.secrets).toEqual({});
      const token = await signIn(plain.url, 'admin', ADMIN_PASSWORD);
      expect(token.length).toBeGreaterThan(20);
    } finally {
      await plain.stop();
    }
  });
});
