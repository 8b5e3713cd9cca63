import { describe, expect, it } from 'vitest';
import { insertComplaints } from '../../../electron/core/complaints/insert.ts';
import { rebuildReports } from '../../../electron/core/reports/refresh.ts';
import { item, tempDb } from './helpers.ts';

describe('insertComplaints', () => {
  it('is idempotent on (channel, externalId) and reports what it inserted', () => {
    const { db } = tempDb();
    expect(insertComplaints(db, [item(1), item(2)], { isDemo: false })).toBe(2);
    expect(insertComplaints(db, [item(2), item(3), item(1)], { isDemo: false })).toBe(1);
    expect(insertComplaints(db, [item(2, { channel: 'x' })], { isDemo: false })).toBe(1);
    expect(db.prepare('SELECT count(*) FROM complaint').pluck().get()).toBe(4);
  });

  it('numbers cases per year of receipt (as written, with its offset), in received order', () => {
    const { db } = tempDb();
    insertComplaints(
      db,
      [
        item(1, { receivedAt: '2025-01-02T08:00:00+07:00' }),
        item(2, { receivedAt: '2024-12-31T23:30:00+07:00' }),
        item(3, { receivedAt: '2025-01-01T08:00:00+07:00' }),
      ],
      { isDemo: false },
    );
    insertComplaints(db, [item(4, { receivedAt: '2025-02-01T08:00:00+07:00' })], { isDemo: false });
    const cases = db.prepare('SELECT external_id, case_no FROM complaint ORDER BY external_id').raw().all();
    expect(cases).toEqual([
      ['ig-1', 'TSM-2025-000002'],
      ['ig-2', 'TSM-2024-000001'],
      ['ig-3', 'TSM-2025-000001'],
      ['ig-4', 'TSM-2025-000003'],
    ]);
  });

  it('maps kecamatan names case-insensitively and unknown ones to null, and keeps the place', () => {
    const { db } = tempDb();
    insertComplaints(
      db,
      [
        item(1, { place: { kecamatan: ' TAWANG ', kelurahan: 'Empangsari', lat: -7.3, lon: 108.2 } }),
        item(2, { place: { kecamatan: 'Atlantis' } }),
        item(3, { media: ['https://example.org/a.jpg'], author: { handle: '@a', name: 'Ani' } }),
      ],
      { isDemo: true },
    );
    const rows = db
      .prepare(
        'SELECT kecamatan_id, kelurahan, lat, media_json, author_name, is_demo FROM complaint ORDER BY external_id',
      )
      .raw()
      .all();
    expect(rows).toEqual([
      ['tawang', 'Empangsari', -7.3, '[]', null, 1],
      [null, null, null, '[]', null, 1],
      [null, null, null, '["https://example.org/a.jpg"]', 'Ani', 1],
    ]);
  });

  it('keeps the full-text index in step with the table, through both insert paths, edits and deletes', () => {
    const { db } = tempDb();
    insertComplaints(db, [item(1, { text: 'Jalan berlubang' }), item(2)], { isDemo: false });
    insertComplaints(db, [item(3, { text: 'Lampu jalan mati' })], { isDemo: false });
    const matches = (q: string) =>
      db.prepare('SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH ? ORDER BY rowid').pluck().all(q);
    const seqOf = (ext: string) =>
      db.prepare('SELECT seq FROM complaint WHERE external_id = ?').pluck().get(ext);
    expect(matches('jalan')).toEqual([seqOf('ig-1'), seqOf('ig-3')].sort());
    db.prepare("UPDATE complaint SET text = 'Trotoar rusak' WHERE external_id = 'ig-1'").run();
    db.prepare("DELETE FROM complaint WHERE external_id = 'ig-3'").run();
    expect(matches('jalan')).toEqual([]);
    expect(matches('trotoar')).toEqual([seqOf('ig-1')]);
    // Compares the index with the content table; throws on any difference.
    expect(() =>
      db.prepare("INSERT INTO complaint_fts (complaint_fts, rank) VALUES ('integrity-check', 1)").run(),
    ).not.toThrow();
  });

  it('counts each batch into the report tallies once, as a rebuild from the rows would', () => {
    const { db } = tempDb();
    const tallies = () => db.prepare('SELECT * FROM report_tally WHERE n <> 0 ORDER BY kind, grp, day').all();
    const inCihideung = (n: number) => item(n, { place: { kecamatan: 'Cihideung' } });
    insertComplaints(db, [item(1), inCihideung(2), item(3)], { isDemo: false });
    // Two already stored (skipped, not counted again) and two new, one of them in another year.
    const again = [
      item(1),
      inCihideung(2),
      inCihideung(4),
      item(5, { receivedAt: '2026-01-02T08:00:00+07:00' }),
    ];
    insertComplaints(db, again, { isDemo: false });
    const counted = tallies();
    const received = db.prepare("SELECT sum(n) FROM report_tally WHERE kind = 'received'").pluck().get();
    expect(received).toBe(5);
    db.transaction(() => rebuildReports(db))();
    expect(tallies()).toEqual(counted);
  });

  it('restores every index after a bulk load, and a failing batch leaves nothing behind', () => {
    const { db } = tempDb();
    const indexes = () =>
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name").pluck().all();
    const before = indexes();
    insertComplaints(db, [item(1), item(2), item(3)], { isDemo: false });
    expect(indexes()).toEqual(before);
    const broken = { ...item(9), receivedAt: 'not a time' };
    expect(() =>
      insertComplaints(db, [item(4), item(5), item(6), item(7), broken], { isDemo: false }),
    ).toThrow();
    expect(indexes()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM complaint').pluck().get()).toBe(3);
  });

  it('gives items received in the same millisecond distinct seqs in received order', () => {
    const { db } = tempDb();
    const same = '2025-05-05T05:05:05+07:00';
    insertComplaints(db, [item(1, { receivedAt: same }), item(2, { receivedAt: same })], { isDemo: false });
    insertComplaints(db, [item(3, { receivedAt: same })], { isDemo: false });
    const seqs = db.prepare('SELECT seq FROM complaint ORDER BY external_id').pluck().all() as number[];
    expect(new Set(seqs).size).toBe(3);
    expect(Math.floor(seqs[0]! / 1024)).toBe(Date.parse(same));
    expect(seqs[2]).toBeGreaterThan(Math.max(seqs[0]!, seqs[1]!));
  });

  it('spills past 1024 items in one millisecond into the next one, keeping every seq distinct', () => {
    const { db } = tempDb();
    const same = '2025-05-05T05:05:05.000+07:00';
    const many = Array.from({ length: 1030 }, (_, n) => item(n, { receivedAt: same }));
    insertComplaints(db, many.slice(0, 10), { isDemo: false });
    insertComplaints(db, many, { isDemo: false });
    const seqs = db.prepare('SELECT seq FROM complaint ORDER BY seq').pluck().all() as number[];
    expect(new Set(seqs).size).toBe(1030);
    const ms = new Set(seqs.map((s) => Math.floor(s / 1024)));
    expect([...ms]).toEqual([Date.parse(same), Date.parse(same) + 1]);
  });

  it('numbers a later batch that reaches back before stored items around them, in received order', () => {
    const { db } = tempDb();
    const at = (minute: number) => `2025-05-05T05:${String(minute).padStart(2, '0')}:00+07:00`;
    insertComplaints(db, [item(1, { receivedAt: at(10) }), item(2, { receivedAt: at(20) })], {
      isDemo: false,
    });
    // Older than, between and newer than what is stored: the newer ones are numbered without lookups.
    const later = [5, 15, 20, 25, 30].map((minute, n) => item(10 + n, { receivedAt: at(minute) }));
    insertComplaints(db, later, { isDemo: false });
    const rows = db.prepare('SELECT seq, received_ms AS ms FROM complaint ORDER BY seq').all() as {
      seq: number;
      ms: number;
    }[];
    expect(new Set(rows.map((r) => r.seq)).size).toBe(7);
    expect(rows.map((r) => r.ms)).toEqual([...rows.map((r) => r.ms)].sort((a, b) => a - b));
    expect(rows.every((r) => Math.floor(r.seq / 1024) === r.ms)).toBe(true);
  });
});
