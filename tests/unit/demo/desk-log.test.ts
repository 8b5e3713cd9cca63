import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jakartaDate } from '../../../shared/calendar/workdays.ts';
import { verifyAuditChain } from '../../../electron/core/audit/verify.ts';
import { getComplaint } from '../../../electron/core/complaints/get.ts';
import { insertComplaints } from '../../../electron/core/complaints/insert.ts';
import { workTheDesk } from '../../../electron/core/demo/desk-history.ts';
import { logTheDesk } from '../../../electron/core/demo/desk-log.ts';
import { generateDemoComplaints } from '../../../electron/core/demo/generate.ts';
import { dashboard } from '../../../electron/core/reports/dashboard.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { seedMasterData, shippedMasterData } from '../../../electron/core/master/seed.ts';

const DAY_MS = 86_400_000;
const now = new Date();

// One seeded desk for every test (the helpers' databases close after each test).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saring-demo-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function seededDesk() {
  const db = openDatabase(path.join(dir, 'saring.sqlite'));
  afterAll(() => db.close());
  seedMasterData(db, shippedMasterData());
  const demo = generateDemoComplaints({ seed: 3, count: 1500, now });
  insertComplaints(
    db,
    demo.map((d) => d.item),
    { isDemo: true },
  );
  workTheDesk(db, demo);
  logTheDesk(db, now.getTime());
  return db;
}

const idWithStatus = (db: ReturnType<typeof seededDesk>, status: string) =>
  db.prepare<[string], string>('SELECT id FROM complaint WHERE status = ? LIMIT 1').pluck().get(status);

describe('the demo desk history', () => {
  const db = seededDesk();

  it('gives a settled demo item its timeline, from verification to confirmation', () => {
    const id = idWithStatus(db, 'selesai');
    expect(id).toBeDefined();
    const detail = getComplaint(db, id ?? '');
    const operations = detail?.events.map((e) => e.operation) ?? [];
    expect(operations.slice(0, 1)).toEqual(['verify']);
    expect(operations).toEqual(expect.arrayContaining(['dispose', 'acknowledge', 'record_response']));
    expect(operations.at(-1)).toBe('confirm_done');
    expect(detail?.responses.length).toBeGreaterThan(0);
    const times = detail?.events.map((e) => Date.parse(e.at)) ?? [];
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThan(Date.parse(detail?.receivedAt ?? ''));
    expect(detail?.events.every((e) => e.device === 'demo')).toBe(true);
  });

  it('records rejections with their reason, and leaves the inbox items untouched', () => {
    const rejected = getComplaint(db, idWithStatus(db, 'ditolak') ?? '');
    expect(rejected?.events.map((e) => [e.operation, e.after.rejectReason])).toEqual([
      ['reject', rejected?.rejectReason],
    ]);
    expect(getComplaint(db, idWithStatus(db, 'baru') ?? '')?.events).toEqual([]);
  });

  it('keeps the audit chain whole and writes nothing to the outbox', () => {
    const check = verifyAuditChain(db);
    expect(check.checked).toBeGreaterThan(1500);
    expect(check.broken).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(0);
    const operations = db.prepare<[], string>('SELECT DISTINCT operation FROM audit_event').pluck().all();
    expect(operations).toEqual(expect.arrayContaining(['reopen', 'hold', 'reject']));
  });

  it('fills the dashboard over the demo period, with figures that differ by dinas', () => {
    const period = { from: jakartaDate(now.getTime() - 95 * DAY_MS), to: jakartaDate(now.getTime()) };
    const figures = dashboard(db, { period }, now.getTime());
    const active = figures.dinas.filter((d) => d.received > 0 && d.responded > 0);
    expect(active.length).toBeGreaterThanOrEqual(3);
    for (const d of active) expect(d.responseMedianHours).toBeGreaterThan(0);
    const shares = new Set(active.map((d) => d.withinDeadlineShare));
    expect(shares.size).toBeGreaterThan(1);
    expect(figures.dinas.some((d) => (d.reopenedShare ?? 0) > 0)).toBe(true);
    expect(figures.desk.verified).toBeGreaterThan(0);
    expect(figures.desk.rejected).toBeGreaterThan(0);
    expect(figures.desk.verifyMedianHours).toBeGreaterThan(0);
    expect(figures.desk.moderators.map((m) => m.actor)).toContain('moderator');
  });
});
