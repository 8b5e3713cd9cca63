import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Input, Method, Output, Result, Role, User } from '../../../shared/index.ts';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { signInThrottle } from '../../../electron/core/auth/throttle.ts';
import { applyToComplaint } from '../../../electron/core/complaints/apply.ts';
import { migrate } from '../../../electron/core/db/migrate.ts';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index.ts';
import { seedMasterData, shippedMasterData } from '../../../electron/core/master/seed.ts';
import { createHandlers } from '../../../electron/core/services/handlers.ts';
import { idOf, item, seeded, tempDir } from './helpers.ts';

const WHO = { actor: 'admin', device: 'desk-1' };
const wib = (local: string): string => `${local}+07:00`;
const at = (local: string): number => Date.parse(wib(local));

const person = (role: Role): User => ({
  id: randomUUID(),
  username: role === 'admin' ? 'admin' : 'rina',
  displayName: role,
  role,
  dinasId: null,
  active: true,
});

/** Calls through the real dispatch (validation, access check, error envelope) as a signed-in `role`. */
function api(db: Database.Database, role: Role = 'admin') {
  const desk = {
    handlers: createHandlers(db, signInThrottle()),
    sessionUser: () => person(role),
    device: WHO.device,
    log: { error: () => undefined },
  };
  return <M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> =>
    dispatch(desk, method, input, 'session') as Promise<Result<Output<M>>>;
}

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const errorCode = (result: Result<unknown>): string | null => (result.ok ? null : result.error.code);

const dueOf = (db: Database.Database, externalId: string): number | null =>
  db
    .prepare<[string], number | null>('SELECT due_ms FROM complaint WHERE external_id = ?')
    .pluck()
    .get(externalId) ?? null;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('2026-12-22T09:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

/** A: Wed 23 Dec (due end of Tue 29: Christmas in between); B: Mon 28 Dec; C: rejected, no clock. */
function desk(): Database.Database {
  const db = seeded([
    item(1, { receivedAt: wib('2026-12-23T10:00:00') }),
    item(2, { receivedAt: wib('2026-12-28T10:00:00') }),
    item(3, { receivedAt: wib('2026-12-23T11:00:00') }),
  ]);
  applyToComplaint(db, WHO, idOf(db, 'ig-3'), { name: 'reject', args: { reason: 'spam' } });
  return db;
}

describe('holiday adjustments', () => {
  it('moves the due time of the open items whose clock runs across the day, and back', async () => {
    const db = desk();
    const call = api(db);
    const [dueB, dueC] = [dueOf(db, 'ig-2'), dueOf(db, 'ig-3')];
    expect(dueOf(db, 'ig-1')).toBe(at('2026-12-30T00:00:00'));

    const added = await call('deadlines.saveHoliday', {
      date: '2026-12-24',
      kind: 'cuti_bersama',
      note: 'SKB',
    });
    expect(value(added)).toEqual({ recomputed: 1 });
    expect(dueOf(db, 'ig-1')).toBe(at('2026-12-31T00:00:00'));
    expect([dueOf(db, 'ig-2'), dueOf(db, 'ig-3')]).toEqual([dueB, dueC]);
    const settings = value(await call('deadlines.get', { year: 2026 }));
    expect(settings.adjustments).toEqual([{ date: '2026-12-24', kind: 'cuti_bersama', note: 'SKB' }]);

    expect(value(await call('deadlines.deleteHoliday', { date: '2026-12-24' }))).toEqual({ recomputed: 1 });
    expect(dueOf(db, 'ig-1')).toBe(at('2026-12-30T00:00:00'));
    expect(errorCode(await call('deadlines.deleteHoliday', { date: '2026-12-24' }))).toBe('not_found');
  });

  it('takes out a date the package gets wrong, and records every change in the audit log', async () => {
    const db = desk();
    const call = api(db);
    value(await call('deadlines.saveHoliday', { date: '2026-12-25', kind: 'bukan_libur', note: '' }));
    expect(dueOf(db, 'ig-1')).toBe(at('2026-12-29T00:00:00'));
    const events = db
      .prepare(
        'SELECT operation, entity_id AS entityId, actor FROM audit_event WHERE entity_type IS NOT NULL',
      )
      .all();
    expect(events).toEqual([{ operation: 'deadlines.saveHoliday', entityId: '2026-12-25', actor: 'admin' }]);
  });

  it('is for admins only', async () => {
    const result = await api(desk(), 'moderator')('deadlines.saveHoliday', {
      date: '2026-12-24',
      kind: 'cuti_bersama',
      note: '',
    });
    expect(errorCode(result)).toBe('forbidden');
  });

  it('refuses dates that are not real days and unknown kinds', async () => {
    const call = api(desk());
    for (const date of ['2026-02-30', '2026-13-01', '24-12-2026', '1999-12-31']) {
      expect(
        errorCode(await call('deadlines.saveHoliday', { date, kind: 'cuti_bersama', note: '' })),
        date,
      ).toBe('invalid_input');
    }
    const bad = { date: '2026-12-24', kind: 'libur', note: '' } as unknown as Input<'deadlines.saveHoliday'>;
    expect(errorCode(await call('deadlines.saveHoliday', bad))).toBe('invalid_input');
  });
});

describe('deadline profiles', () => {
  it('lists the seeded clocks and one year of national holidays', async () => {
    const settings = value(await api(desk())('deadlines.get', { year: 2026 }));
    expect(settings.profiles.map(({ id: _, ...p }) => p)).toEqual([
      { categoryId: null, stage: 'verifikasi', amount: 3, unit: 'hari_kerja' },
      { categoryId: null, stage: 'tindak_lanjut', amount: 5, unit: 'hari_kerja' },
      { categoryId: null, stage: 'konfirmasi', amount: 10, unit: 'hari_kerja' },
      { categoryId: 'bencana', stage: 'verifikasi', amount: 6, unit: 'jam' },
      { categoryId: 'bencana', stage: 'tindak_lanjut', amount: 1, unit: 'hari_kerja' },
    ]);
    expect(settings.year).toBe(2026);
    expect(settings.nationalHolidays).toContainEqual(expect.objectContaining({ date: '2026-08-17' }));
  });

  it('recomputes the open items of a category when its own clock is set or removed', async () => {
    const db = desk();
    const call = api(db);
    vi.setSystemTime(at('2026-12-23T12:00:00'));
    applyToComplaint(db, WHO, idOf(db, 'ig-1'), {
      name: 'verify',
      args: { type: 'pengaduan', categoryId: 'sampah', priority: 'sedang', confidentiality: 'biasa' },
    });
    const [dueA, dueB] = [dueOf(db, 'ig-1'), dueOf(db, 'ig-2')];

    const input = { categoryId: 'sampah', stage: 'verifikasi', amount: 4, unit: 'jam' } as const;
    expect(value(await call('deadlines.saveProfile', input))).toEqual({ recomputed: 1 });
    expect(dueOf(db, 'ig-1')).toBe(at('2026-12-23T14:00:00'));
    expect(dueOf(db, 'ig-2')).toBe(dueB);

    const key = { categoryId: 'sampah', stage: 'verifikasi' } as const;
    expect(value(await call('deadlines.deleteProfile', key))).toEqual({ recomputed: 1 });
    expect(dueOf(db, 'ig-1')).toBe(dueA);
    expect(errorCode(await call('deadlines.deleteProfile', key))).toBe('not_found');
  });

  it('changes the city default for every open item in that stage', async () => {
    const db = desk();
    const input = { categoryId: null, stage: 'verifikasi', amount: 4, unit: 'hari_kerja' } as const;
    expect(value(await api(db)('deadlines.saveProfile', input))).toEqual({ recomputed: 2 });
    expect(dueOf(db, 'ig-1')).toBe(at('2026-12-31T00:00:00'));
    expect(dueOf(db, 'ig-3')).toBeNull();
  });

  it('never deletes a city default and refuses unknown categories and impossible lengths', async () => {
    const call = api(desk());
    const deleted = await call('deadlines.deleteProfile', { categoryId: null, stage: 'verifikasi' });
    expect(deleted.ok ? null : deleted.error).toMatchObject({
      code: 'invalid_operation',
      message: expect.stringContaining('cannot be deleted') as unknown,
    });
    const profile = { categoryId: 'sampah', stage: 'verifikasi', unit: 'hari_kerja' } as const;
    expect(
      errorCode(await call('deadlines.saveProfile', { ...profile, categoryId: 'tidak-ada', amount: 3 })),
    ).toBe('invalid_operation');
    for (const amount of [0, -1, 1.5, 61]) {
      expect(errorCode(await call('deadlines.saveProfile', { ...profile, amount })), String(amount)).toBe(
        'invalid_input',
      );
    }
    expect(value(await call('deadlines.saveProfile', { ...profile, unit: 'jam', amount: 61 }))).toEqual({
      recomputed: 0,
    });
  });
});

describe('migration 003', () => {
  it('backfills the clocks of the complaints already stored', () => {
    const db = new Database(path.join(tempDir(), 'old.sqlite'));
    migrate(db, MIGRATIONS.slice(0, 1));
    seedMasterData(db, shippedMasterData());
    const complaint = db.prepare(
      `INSERT INTO complaint (seq, id, case_no, channel, external_id, author_handle, text, received_at,
         received_ms, updated_at, status, category_id) VALUES (?, ?, ?, 'web', ?, '@w', 'Keluhan', ?, ?, ?, ?, ?)`,
    );
    const received = wib('2026-11-23T10:00:00');
    const rows = [
      ['baru', null],
      ['diproses', 'jalan-rusak'],
      ['ditindaklanjuti', 'jalan-rusak'],
      ['selesai', 'jalan-rusak'],
      ['terverifikasi', 'bencana'],
    ] as const;
    rows.forEach(([status, category], i) =>
      complaint.run(
        i + 1,
        `c-${i}`,
        `TSM-2026-00000${i}`,
        `w-${i}`,
        received,
        Date.parse(received),
        received,
        status,
        category,
      ),
    );
    db.prepare(
      `INSERT INTO complaint_event (complaint_id, at, actor, device, operation, before_json, after_json)
       VALUES ('c-1', '2026-11-25T07:00:00.000Z', 'rina', 'desk-1', 'dispose', '{}', '{}')`,
    ).run();
    db.prepare(
      `INSERT INTO response (id, complaint_id, text, responded_at, is_public, evidence_json, actor, created_at)
       VALUES ('r-1', 'c-2', 'Sudah', '2026-11-27T09:00:00+07:00', 1, '[]', 'dinas', '2026-11-30T02:00:00.000Z')`,
    ).run();

    migrate(db, MIGRATIONS);
    const clocks = db
      .prepare('SELECT status, stage_started_ms AS start, due_ms AS due FROM complaint ORDER BY seq')
      .all();
    expect(clocks).toEqual([
      { status: 'baru', start: Date.parse(received), due: at('2026-11-27T00:00:00') },
      { status: 'diproses', start: at('2026-11-25T14:00:00'), due: at('2026-12-03T00:00:00') },
      { status: 'ditindaklanjuti', start: at('2026-11-27T09:00:00'), due: at('2026-12-12T00:00:00') },
      { status: 'selesai', start: null, due: null },
      { status: 'terverifikasi', start: Date.parse(received), due: at('2026-11-23T16:00:00') },
    ]);
    const index = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'complaint_due'").pluck().get();
    expect(index).toMatch(/WHERE due_ms IS NOT NULL/);
    db.close();
  });
});
