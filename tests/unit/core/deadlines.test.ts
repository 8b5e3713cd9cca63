import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isLate,
  type ComplaintDetail,
  type ComplaintFilters,
  type Operation,
} from '../../../shared/index.ts';
import { applyToComplaint } from '../../../electron/core/complaints/apply.ts';
import { getComplaint } from '../../../electron/core/complaints/get.ts';
import { countComplaints, listComplaints } from '../../../electron/core/complaints/list.ts';
import { idOf, item, seeded } from './helpers.ts';

const WHO = { actor: 'rina', device: 'desk-1' };
const at = (iso: string): number => Date.parse(iso);
const wib = (local: string): string => `${local}+07:00`;

const verify = (categoryId: string): Operation => ({
  name: 'verify',
  args: { type: 'pengaduan', categoryId, priority: 'tinggi', confidentiality: 'biasa' },
});
const DISPOSE: Operation = { name: 'dispose', args: { dinasId: 'pupr' } };
const respond = (respondedAt: string): Operation => ({
  name: 'record_response',
  args: {
    responseId: randomUUID(),
    text: 'Lubang sudah ditambal',
    respondedAt,
    isPublic: true,
    evidence: [],
  },
});

/** Applies `op` as if it happened at the given WIB time. */
function applyAt(db: Database.Database, local: string, id: string, op: Operation): ComplaintDetail {
  vi.setSystemTime(at(wib(local)));
  return applyToComplaint(db, WHO, id, op);
}

function deadlineAt(db: Database.Database, local: string, id: string) {
  vi.setSystemTime(at(wib(local)));
  return getComplaint(db, id)?.deadline;
}

const stored = (db: Database.Database, id: string) =>
  db
    .prepare<[string], { start: number | null; due: number | null }>(
      'SELECT stage_started_ms AS start, due_ms AS due FROM complaint WHERE id = ?',
    )
    .get(id);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the clock of a complaint', () => {
  // Monday 23 Nov 2026, 10:00 WIB.
  const received = wib('2026-11-23T10:00:00');

  it('starts on insert: 3 working days from receipt, shown as what is left', () => {
    const db = seeded([item(1, { receivedAt: received })]);
    const id = idOf(db, 'ig-1');
    expect(stored(db, id)).toEqual({ start: at(received), due: at(wib('2026-11-27T00:00:00')) });
    expect(deadlineAt(db, '2026-11-24T09:00:00', id)).toEqual({
      stage: 'verifikasi',
      dueAt: '2026-11-27T00:00:00+07:00',
      standing: { kind: 'remaining', workingDays: 2 },
    });
    expect(deadlineAt(db, '2026-11-26T16:00:00', id)?.standing).toEqual({
      kind: 'remaining',
      workingDays: 0,
    });
    expect(deadlineAt(db, '2026-11-27T09:00:00', id)?.standing).toEqual({ kind: 'overdue', workingDays: 1 });
  });

  it('follows verify → dispose → respond → confirm', () => {
    const db = seeded([item(1, { receivedAt: received })]);
    const id = idOf(db, 'ig-1');
    // Verified and waiting for its disposition: still the desk's clock, from receipt.
    expect(applyAt(db, '2026-11-25T10:00:00', id, verify('jalan-rusak')).deadline).toMatchObject({
      stage: 'verifikasi',
      dueAt: '2026-11-27T00:00:00+07:00',
    });
    // Disposed on Wed 25 Nov: 5 working days for the dinas, Thu 26 … Wed 2 Dec.
    expect(applyAt(db, '2026-11-25T14:00:00', id, DISPOSE).deadline).toMatchObject({
      stage: 'tindak_lanjut',
      dueAt: '2026-12-03T00:00:00+07:00',
    });
    expect(stored(db, id)?.start).toBe(at(wib('2026-11-25T14:00:00')));
    // Acknowledging does not restart the dinas's clock.
    const acknowledged = applyAt(db, '2026-11-26T08:00:00', id, { name: 'acknowledge', args: {} });
    expect(acknowledged.deadline?.dueAt).toBe('2026-12-03T00:00:00+07:00');
    // Responded on Fri 27 Nov (recorded later): the reporter's 10 working days run from the response.
    const responded = applyAt(db, '2026-11-30T09:00:00', id, respond(wib('2026-11-27T09:00:00')));
    expect(responded.deadline).toMatchObject({ stage: 'konfirmasi', dueAt: '2026-12-12T00:00:00+07:00' });
    const done = applyAt(db, '2026-12-01T09:00:00', id, { name: 'confirm_done', args: { by: 'supervisor' } });
    expect(done.deadline).toBeNull();
    expect(stored(db, id)).toEqual({ start: null, due: null });
  });

  it('gives a disaster its own clock in hours, and the dinas one working day', () => {
    const db = seeded([item(1, { receivedAt: received })]);
    const id = idOf(db, 'ig-1');
    const verified = applyAt(db, '2026-11-23T11:00:00', id, verify('bencana'));
    expect(verified.deadline).toMatchObject({ stage: 'verifikasi', dueAt: '2026-11-23T16:00:00+07:00' });
    const late = deadlineAt(db, '2026-11-23T17:00:00', id);
    expect(late?.standing).toEqual({ kind: 'overdue', workingDays: 0 });
    expect(isLate(late ?? null)).toBe(true);
    expect(applyAt(db, '2026-11-23T12:00:00', id, DISPOSE).deadline?.dueAt).toBe('2026-11-25T00:00:00+07:00');
  });

  it('stops for a rejected item and starts afresh when it is reopened', () => {
    const db = seeded([item(1, { receivedAt: received })]);
    const id = idOf(db, 'ig-1');
    expect(
      applyAt(db, '2026-11-24T09:00:00', id, { name: 'reject', args: { reason: 'spam' } }).deadline,
    ).toBeNull();
    const reopened = applyAt(db, '2026-12-07T09:00:00', id, {
      name: 'reopen',
      args: { reason: 'Bukan spam' },
    });
    expect(reopened.deadline).toMatchObject({ stage: 'verifikasi', dueAt: '2026-12-11T00:00:00+07:00' });
  });
});

describe('standing across weekends and holidays', () => {
  it('is late by 0 working days over a weekend and a national holiday', () => {
    // Tue 11 Aug 2026 + 3 working days: due at the end of Fri 14 Aug; Mon 17 Aug is Independence Day.
    const db = seeded([item(1, { receivedAt: wib('2026-08-11T10:00:00') })]);
    const id = idOf(db, 'ig-1');
    expect(deadlineAt(db, '2026-08-15T10:00:00', id)?.standing).toEqual({ kind: 'overdue', workingDays: 0 });
    expect(deadlineAt(db, '2026-08-17T10:00:00', id)?.standing).toEqual({ kind: 'overdue', workingDays: 0 });
    expect(deadlineAt(db, '2026-08-18T10:00:00', id)?.standing).toEqual({ kind: 'overdue', workingDays: 1 });
  });

  it('counts a clock over a holiday: received Fri 14 Aug, due end of Thu 20 Aug', () => {
    const db = seeded([item(1, { receivedAt: wib('2026-08-14T10:00:00') })]);
    expect(deadlineAt(db, '2026-08-14T11:00:00', idOf(db, 'ig-1'))).toMatchObject({
      dueAt: '2026-08-21T00:00:00+07:00',
      standing: { kind: 'remaining', workingDays: 3 },
    });
  });
});

describe('the overdue filter', () => {
  const sort = { by: 'receivedAt', dir: 'desc' } as const;
  const ids = (db: Database.Database, filters: ComplaintFilters) =>
    listComplaints(db, { filters, sort, offset: 0, limit: 50 }).rows.map((r) => r.id);

  it('lists open items past a deadline someone must meet, and nothing else', () => {
    const db = seeded([
      item(1, { receivedAt: wib('2026-11-02T10:00:00') }), // long overdue
      item(2, { receivedAt: wib('2026-11-25T10:00:00') }), // due end of Mon 30 Nov
      item(3, { receivedAt: wib('2026-11-02T11:00:00') }), // rejected: no clock
      item(4, { receivedAt: wib('2026-11-02T12:00:00') }), // followed up, reporter silent: done, not late
    ]);
    const [late, fresh, rejected, answered] = ['ig-1', 'ig-2', 'ig-3', 'ig-4'].map((e) => idOf(db, e));
    applyAt(db, '2026-11-03T09:00:00', rejected ?? '', { name: 'reject', args: { reason: 'spam' } });
    applyAt(db, '2026-11-03T09:00:00', answered ?? '', verify('jalan-rusak'));
    applyAt(db, '2026-11-03T10:00:00', answered ?? '', DISPOSE);
    applyAt(db, '2026-11-04T10:00:00', answered ?? '', respond(wib('2026-11-04T10:00:00')));

    vi.setSystemTime(at(wib('2026-11-27T10:00:00')));
    expect(ids(db, { overdue: true })).toEqual([late]);
    expect(countComplaints(db, { overdue: true })).toEqual({ total: 1, capped: false });
    expect(ids(db, { overdue: true, text: 'Keluhan' })).toEqual([late]);
    expect(ids(db, {}).sort()).toEqual([late, fresh, rejected, answered].sort());
    const answeredRow = listComplaints(db, { filters: {}, sort, offset: 0, limit: 50 }).rows.find(
      (r) => r.id === answered,
    );
    expect(answeredRow?.deadline?.standing.kind).toBe('overdue');
    expect(isLate(answeredRow?.deadline ?? null)).toBe(false);

    vi.setSystemTime(at(wib('2026-12-01T10:00:00')));
    expect(ids(db, { overdue: true }).sort()).toEqual([late, fresh].sort());
  });
});
