import { describe, expect, it } from 'vitest';
import { Dashboard, type DinasFigures } from '../../../shared/index.ts';
import type Database from 'better-sqlite3';
import { saveHoliday } from '../../../electron/core/deadlines/holiday-settings.ts';
import { saveProfile } from '../../../electron/core/deadlines/profile-settings.ts';
import { dashboard } from '../../../electron/core/reports/dashboard.ts';
import { rebuildReports } from '../../../electron/core/reports/refresh.ts';
import { JUNE, NOW, WHO, juneDesk } from './fixture.ts';

const addCutiBersama = (db: ReturnType<typeof juneDesk>['db']) =>
  saveHoliday(db, WHO, { date: '2025-06-09', kind: 'cuti_bersama', note: 'Idul Adha' });

const dinas = (figures: Dashboard, id: string): DinasFigures | undefined =>
  figures.dinas.find((d) => d.dinasId === id);

/** The tallies and histograms the triggers keep, without the rows taken back to zero. */
const aggregates = (db: Database.Database) => ({
  tally: db.prepare('SELECT * FROM report_tally WHERE n <> 0 ORDER BY kind, day, grp').all(),
  hist: db.prepare('SELECT * FROM report_hist WHERE n <> 0 ORDER BY metric, grain, start, grp, bucket').all(),
});

/** What a full rebuild from the log makes of the same database. */
function rebuilt(db: Database.Database) {
  const live = { figures: dashboard(db, { period: JUNE }, NOW), aggregates: aggregates(db) };
  db.transaction(() => rebuildReports(db))();
  return { live, rebuilt: { figures: dashboard(db, { period: JUNE }, NOW), aggregates: aggregates(db) } };
}

describe('the dashboard of June 2025', () => {
  it('measures PUPR in working hours over the holiday, weekend and cuti bersama', () => {
    const { db } = juneDesk();
    addCutiBersama(db);
    const figures = Dashboard.parse(dashboard(db, { period: JUNE }, NOW));
    expect(dinas(figures, 'pupr')).toEqual({
      dinasId: 'pupr',
      // A, B after its reassignment, D disposed at 23:30 on the last day.
      received: 3,
      disposed: 1,
      acknowledged: 1,
      responded: 2,
      // A: Thu 12:00 → 24:00 is 12 h; Fri holiday, weekend, Mon cuti bersama; Tue 00:00 → 09:00 is 9 h.
      ackMedianHours: 21,
      ackP90Hours: 21,
      // Nearest rank of [24, 143]: median rank ⌈1⌉ = 24 h (A), p90 rank ⌈1.8⌉ = 143 h (B: Wed 13 + Thu 24
      // + Tue–Fri 96 + Mon 10, measured from its reassignment, not its first disposition).
      responseMedianHours: 24,
      responseP90Hours: 143,
      // B was due at the end of Fri 13 Jun (5 working days after Wed 4 Jun) and answered Mon 16 Jun.
      withinDeadlineShare: 0.5,
      // D is open at the end of June; A and B were answered.
      openBacklog: 1,
      // A, reopened on 12 Jun, was due again at the end of Thu 19 Jun.
      overdueNow: 1,
      reopenedShare: 1 / 3,
    });
    expect(dinas(figures, 'dlh')).toMatchObject({
      received: 1,
      responded: 0,
      openBacklog: 0,
      reopenedShare: 0,
    });
    expect(dinas(figures, 'dinkes')).toMatchObject({
      received: 0,
      responseMedianHours: null,
      reopenedShare: null,
    });
  });

  it('moves every working duration when a cuti bersama is added', () => {
    const { db } = juneDesk();
    const before = dashboard(db, { period: JUNE }, NOW);
    expect(dinas(before, 'pupr')).toMatchObject({ ackMedianHours: 45, responseMedianHours: 48 });
    addCutiBersama(db);
    const after = dashboard(db, { period: JUNE }, NOW);
    expect(dinas(after, 'pupr')).toMatchObject({ ackMedianHours: 21, responseMedianHours: 24 });
  });

  it('counts the desk: duplicates are not received, 23:30 on the last day is', () => {
    const { db } = juneDesk();
    const { desk, kecamatan, weekly, monthly } = dashboard(db, { period: JUNE }, NOW);
    expect(desk).toEqual({
      // A, B, D, E, G: not the merged C, not F (1 July).
      received: 5,
      verified: 3,
      rejected: 1,
      // Receipt to verification: B 1 h, D 1 h, A 2 h → median rank 2 = 1 h, p90 rank 3 = 2 h.
      verifyMedianHours: 1,
      verifyP90Hours: 2,
      rejectionReasons: [{ reason: 'spam', count: 1 }],
      // Three verifications, a merge and a rejection; nobody has a queue.
      moderators: [{ actor: 'rina', decisions: 5, open: 0 }],
    });
    expect(kecamatan.find((k) => k.kecamatanId === 'cihideung')).toEqual({
      kecamatanId: 'cihideung',
      received: 1,
      open: 1,
      overdueNow: 1,
    });
    expect(kecamatan.find((k) => k.kecamatanId === null)).toEqual({
      kecamatanId: null,
      received: 4,
      open: 3,
      overdueNow: 0,
    });
    expect(weekly.map((w) => w.start)).toEqual([
      '2025-05-26',
      '2025-06-02',
      '2025-06-09',
      '2025-06-16',
      '2025-06-23',
      '2025-06-30',
    ]);
    expect(weekly.map((w) => [w.received, w.responded])).toEqual([
      [0, 0],
      [3, 0],
      [0, 1],
      [0, 1],
      [1, 0],
      [1, 0],
    ]);
    expect(monthly).toEqual([{ start: '2025-06-01', received: 5, responded: 2, responseMedianHours: 48 }]);
  });

  it('is rebuilt from the log to the same figures and aggregates (the migration backfill)', () => {
    const { db } = juneDesk();
    const { live, rebuilt: again } = rebuilt(db);
    expect(again).toEqual(live);
    expect(live.aggregates.hist.length).toBeGreaterThan(0);
  });

  it('measures again only across a changed day, to what a full rebuild gives', () => {
    const { db } = juneDesk();
    addCutiBersama(db);
    const { live, rebuilt: again } = rebuilt(db);
    expect(again).toEqual(live);
  });

  it("moves a category's deadlines when its follow-up clock changes", () => {
    const { db } = juneDesk();
    saveProfile(db, WHO, { categoryId: 'jalan-rusak', stage: 'tindak_lanjut', amount: 10, unit: 'hari_kerja' });
    const { live, rebuilt: again } = rebuilt(db);
    // B, answered on the 8th working day after its reassignment, is now within its deadline.
    expect(dinas(live.figures, 'pupr')?.withinDeadlineShare).toBe(1);
    expect(again).toEqual(live);
  });
});
