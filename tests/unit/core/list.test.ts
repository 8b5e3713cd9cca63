import type Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { LIMITS, type ComplaintFilters, type ComplaintSort } from '../../../shared/index.ts';
import { countComplaints, listComplaints } from '../../../electron/core/complaints/list.ts';
import { ftsQuery } from '../../../electron/core/complaints/fts-query.ts';
import { insertComplaints } from '../../../electron/core/complaints/insert.ts';
import { item, seeded, tempDb } from './helpers.ts';

const NEWEST: ComplaintSort = { by: 'receivedAt', dir: 'desc' };

function ids(db: Database.Database, filters: ComplaintFilters, sort: ComplaintSort = NEWEST): string[] {
  return listComplaints(db, { filters, sort, offset: 0, limit: LIMITS.pageSize }).rows.map((r) =>
    r.authorHandle.slice(1),
  );
}

/** Six complaints with distinct handles a..f, received a (oldest) → f (newest). */
function inbox(): Database.Database {
  const db = seeded([
    item(1, {
      author: { handle: '@a' },
      text: 'Jalan rusak parah di Tawang',
      place: { kecamatan: 'Tawang' },
    }),
    item(2, { author: { handle: '@b' }, text: 'Sampah menumpuk, jalanan bau', channel: 'x' }),
    item(3, { author: { handle: '@c' }, text: 'Lampu jalan mati total', place: { kecamatan: 'Kawalu' } }),
    item(4, { author: { handle: '@d' }, text: 'Pelayanan KTP lambat sekali', channel: 'whatsapp' }),
    item(5, {
      author: { handle: '@e' },
      text: 'Saluran air mampet "parah" (lagi)',
      place: { kecamatan: 'tawang' },
    }),
    item(6, { author: { handle: '@f' }, text: 'Jalan Mérdeka berlubang', channel: 'x' }),
  ]);
  const set = db.prepare(
    'UPDATE complaint SET status = ?, category_id = ?, dinas_id = ?, priority = ?, verdict = ? WHERE author_handle = ?',
  );
  set.run('terverifikasi', 'jalan-rusak', null, 'tinggi', 'valid', '@a');
  set.run('didisposisikan', 'sampah', 'dlh', 'sedang', 'valid', '@b');
  set.run('ditolak', null, null, 'rendah', 'ditolak', '@c');
  set.run('didisposisikan', 'jalan-rusak', 'pupr', 'darurat', 'valid', '@f');
  return db;
}

describe('listComplaints filters', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = inbox();
  });
  it('lists newest first by default and pages stably', () => {
    expect(ids(db, {})).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
    const page = (offset: number) =>
      listComplaints(db, { filters: {}, sort: NEWEST, offset, limit: 2 }).rows.map((r) => r.authorHandle);
    expect([...page(0), ...page(2), ...page(4)]).toEqual(['@f', '@e', '@d', '@c', '@b', '@a']);
  });
  it('filters by each field, any of the values given, all filters together', () => {
    expect(ids(db, { status: ['didisposisikan'] })).toEqual(['f', 'b']);
    expect(ids(db, { status: ['baru', 'ditolak'] })).toEqual(['e', 'd', 'c']);
    expect(ids(db, { verdict: ['ditolak'] })).toEqual(['c']);
    expect(ids(db, { channel: ['x'] })).toEqual(['f', 'b']);
    expect(ids(db, { categoryId: ['jalan-rusak'] })).toEqual(['f', 'a']);
    expect(ids(db, { dinasId: ['pupr', 'dlh'] })).toEqual(['f', 'b']);
    expect(ids(db, { kecamatanId: ['tawang'] })).toEqual(['e', 'a']);
    expect(ids(db, { channel: ['x'], dinasId: ['dlh'] })).toEqual(['b']);
    expect(ids(db, { status: [] })).toHaveLength(6);
  });
  it('filters by received time, both ends inclusive', () => {
    const rows = listComplaints(db, { filters: {}, sort: NEWEST, offset: 0, limit: 10 }).rows;
    const at = (h: string) => rows.find((r) => r.authorHandle === h)!.receivedAt;
    expect(ids(db, { receivedFrom: at('@b'), receivedTo: at('@d') })).toEqual(['d', 'c', 'b']);
    // The same instant written in another offset.
    const utc = new Date(Date.parse(at('@e'))).toISOString();
    expect(ids(db, { receivedFrom: utc })).toEqual(['f', 'e']);
  });
});

describe('listComplaints sorts', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = inbox();
  });
  it('sorts by every key in both directions', () => {
    expect(ids(db, {}, { by: 'receivedAt', dir: 'asc' })).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids(db, {}, { by: 'caseNo', dir: 'asc' })).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids(db, {}, { by: 'priority', dir: 'desc' })).toEqual(['f', 'a', 'e', 'd', 'b', 'c']);
    expect(ids(db, {}, { by: 'status', dir: 'asc' })).toEqual(['d', 'e', 'a', 'b', 'f', 'c']);
    expect(ids(db, {}, { by: 'channel', dir: 'asc' })).toEqual(['a', 'c', 'e', 'd', 'b', 'f']);
    expect(ids(db, {}, { by: 'kecamatanId', dir: 'desc' })).toEqual(['e', 'a', 'c', 'f', 'd', 'b']);
  });
});

describe('listComplaints text search', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = inbox();
  });
  it('matches every word, the last one as a prefix while typing, ignoring case and accents', () => {
    expect(ids(db, { text: 'jalan ' })).toEqual(['f', 'c', 'a']);
    expect(ids(db, { text: 'jalan' })).toEqual(['f', 'c', 'b', 'a']);
    expect(ids(db, { text: 'JALAN merdeka' })).toEqual(['f']);
    expect(ids(db, { text: 'rusak jal' })).toEqual(['a']);
    expect(ids(db, { text: 'warga' })).toEqual([]);
    expect(ids(db, { text: '@c ' })).toEqual(['c']);
    // A word under three letters matches whole, never as a prefix of half the index.
    expect(ids(db, { text: 'c' })).toEqual(['c']);
    expect(ids(db, { text: 'ja' })).toEqual([]);
  });
  it('orders matches by the chosen sort', () => {
    expect(ids(db, { text: 'jalan ' }, { by: 'receivedAt', dir: 'asc' })).toEqual(['a', 'c', 'f']);
    expect(ids(db, { text: 'jalan ' }, { by: 'priority', dir: 'desc' })).toEqual(['f', 'a', 'c']);
    expect(ids(db, { text: 'jalan ', status: ['ditolak', 'terverifikasi'] })).toEqual(['c', 'a']);
  });
  it('treats quotes, operators and punctuation in the input as plain words', () => {
    for (const text of [
      '"parah',
      'parah"',
      '(lagi',
      'NEAR(parah',
      'text:parah',
      'parah*',
      '-parah',
      '^parah',
      'parah OR',
    ]) {
      expect(() => ids(db, { text })).not.toThrow();
    }
    expect(ids(db, { text: '"parah" (lagi)' })).toEqual(['e']);
    expect(ids(db, { text: 'parah OR' })).toEqual([]);
    expect(ids(db, { text: 'sampah AND' })).toEqual([]);
    expect(ids(db, { text: '*** " ( ) ' })).toHaveLength(6);
  });
  it('builds the FTS query from words only', () => {
    expect(ftsQuery('jalan rusak')).toBe('"jalan" "rusak"*');
    expect(ftsQuery('jl. "merdeka" ')).toBe('"jl" "merdeka"');
    expect(ftsQuery('ab"cde')).toBe('"ab" "cde"*');
    expect(ftsQuery('jalan k')).toBe('"jalan" "k"');
    expect(ftsQuery('rt')).toBe('"rt"');
    expect(ftsQuery(' -*" ')).toBeNull();
  });
});

describe('countComplaints', () => {
  it('counts what the list shows', () => {
    const db = inbox();
    expect(countComplaints(db, {})).toEqual({ total: 6, capped: false });
    expect(countComplaints(db, { text: 'jalan', channel: ['x'] })).toEqual({ total: 2, capped: false });
  });
  it('stops at the cap and says so', () => {
    const { db } = tempDb();
    const many = Array.from({ length: LIMITS.countCap + 5 }, (_, n) => item(n, { text: 'jalan rusak' }));
    insertComplaints(db, many, { isDemo: true });
    expect(countComplaints(db, {})).toEqual({ total: LIMITS.countCap, capped: true });
    expect(countComplaints(db, { text: 'jalan' })).toEqual({ total: LIMITS.countCap, capped: true });
    expect(countComplaints(db, { text: 'jalan', channel: ['x'] })).toEqual({ total: 0, capped: false });
    expect(ids(db, { text: 'jalan' }, { by: 'priority', dir: 'desc' })).toHaveLength(LIMITS.pageSize);
  });
});
