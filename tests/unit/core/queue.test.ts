import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { queueFilters, type ComplaintFilters } from '../../../shared/index.ts';
import { appendAuditEvent } from '../../../electron/core/audit/append.ts';
import { countComplaints } from '../../../electron/core/complaints/list.ts';
import { queueSummary } from '../../../electron/core/queue/summary.ts';
import { idOf, item, seeded } from './helpers.ts';

const DAY = 86_400_000;
const NOW = Date.now();

type Setup = { status: string; dinas?: string; dueIn?: number; startedAgo?: number; assignee?: string };

/** Hand-built desk: each item's status, dinas, clock (days from now) and assignee, written directly. */
const ITEMS: Record<string, Setup> = {
  a: { status: 'didisposisikan', dinas: 'pupr', dueIn: -1, startedAgo: 5 },
  b: { status: 'diproses', dinas: 'pupr', dueIn: 2, startedAgo: 2, assignee: 'u-budi' },
  // Waiting for the reporter: a passed konfirmasi clock is not a delay.
  c: { status: 'ditindaklanjuti', dinas: 'pupr', dueIn: -3, startedAgo: 1 },
  d: { status: 'selesai', dinas: 'pupr' },
  e: { status: 'diproses', dinas: 'dlh', dueIn: -2, startedAgo: 4 },
  f: { status: 'baru', dueIn: -1, startedAgo: 4, assignee: 'u-rina' },
  g: { status: 'terverifikasi', dueIn: 1, startedAgo: 2, assignee: 'u-rina' },
  h: { status: 'ditolak', assignee: 'u-rina' },
};

const USERS = [
  ['u-rina', 'rina', 'Rina', 'moderator', null, 1],
  ['u-budi', 'budi', 'Budi', 'supervisor', null, 1],
  ['u-pupr', 'pupr1', 'Penghubung PUPR', 'penghubung', 'pupr', 1],
  ['u-old', 'lama', 'Lama', 'moderator', null, 0],
] as const;

function desk(): { db: Database.Database; id: (key: string) => string } {
  const keys = Object.keys(ITEMS);
  const db = seeded(keys.map((k, i) => item(i + 1, { externalId: `ig-${k}` })));
  const id = (key: string) => idOf(db, `ig-${key}`);
  const set = db.prepare(
    `UPDATE complaint SET status = ?, dinas_id = ?, due_ms = ?, stage_started_ms = ?, assignee_id = ?
     WHERE id = ?`,
  );
  for (const [key, s] of Object.entries(ITEMS)) {
    const due = s.dueIn === undefined ? null : NOW + s.dueIn * DAY;
    const started = s.startedAgo === undefined ? null : NOW - s.startedAgo * DAY;
    set.run(s.status, s.dinas ?? null, due, started, s.assignee ?? null, id(key));
  }
  const user = db.prepare(
    `INSERT INTO app_user (id, username, display_name, role, dinas_id, password_hash, active, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, 'not-a-real-hash', ?, ?, ?)`,
  );
  const at = new Date(NOW).toISOString();
  for (const u of USERS) user.run(...u, at, at);
  const decided = (actor: string, operation: string, agoMs: number, key: string) =>
    appendAuditEvent(db, {
      at: new Date(NOW - agoMs).toISOString(),
      actor,
      device: 'desk',
      operation,
      complaintId: id(key),
      before: {},
      after: {},
      note: null,
    });
  db.transaction(() => {
    decided('rina', 'verify', 2 * DAY, 'g'); // not today
    decided('rina', 'verify', 0, 'g');
    decided('rina', 'reject', 0, 'h');
    decided('rina', 'add_note', 0, 'g'); // not a decision
    decided('budi', 'dispose', 0, 'b');
  })();
  return { db, id };
}

describe('queueSummary', () => {
  it('counts per dinas: open, overdue and the longest waiting item', () => {
    const { db, id } = desk();
    const { dinas } = queueSummary(db, NOW);
    const pupr = dinas.find((d) => d.dinasId === 'pupr');
    expect(pupr).toMatchObject({ open: 3, overdue: 1, oldest: { id: id('a') } });
    // Since when: the stage start of item a (5 days ago), in WIB.
    expect(Date.parse(pupr?.oldest?.since ?? '')).toBe(Math.floor((NOW - 5 * DAY) / 1000) * 1000);
    expect(pupr?.oldest?.since).toMatch(/\+07:00$/);
    expect(dinas.find((d) => d.dinasId === 'dlh')).toMatchObject({
      open: 1,
      overdue: 1,
      oldest: { id: id('e') },
    });
    const others = dinas.filter((d) => d.dinasId !== 'pupr' && d.dinasId !== 'dlh');
    expect(others.length).toBeGreaterThan(0);
    for (const d of others) expect(d).toEqual({ dinasId: d.dinasId, open: 0, overdue: 0, oldest: null });
  });

  it('counts per active moderator and supervisor: assigned, overdue, decided today', () => {
    const { db } = desk();
    expect(queueSummary(db, NOW).moderators).toEqual([
      { userId: 'u-budi', username: 'budi', displayName: 'Budi', assigned: 1, overdue: 0, decidedToday: 1 },
      { userId: 'u-rina', username: 'rina', displayName: 'Rina', assigned: 2, overdue: 1, decidedToday: 2 },
    ]);
  });

  it('gives figures that the drill-down filters list exactly', () => {
    const { db } = desk();
    const summary = queueSummary(db, NOW);
    const total = (filters: ComplaintFilters) => countComplaints(db, filters).total;
    for (const d of summary.dinas) {
      expect(total(queueFilters.dinasOpen(d.dinasId))).toBe(d.open);
      expect(total(queueFilters.dinasOverdue(d.dinasId))).toBe(d.overdue);
    }
    for (const m of summary.moderators) {
      expect(total(queueFilters.assigned(m.userId))).toBe(m.assigned);
      expect(total(queueFilters.assignedOverdue(m.userId))).toBe(m.overdue);
    }
  });
});
