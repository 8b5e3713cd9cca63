import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AuditFilters, Operation } from '../../../shared/index.ts';
import { csvCell, csvText } from '../../../electron/core/audit/csv.ts';
import { auditCsv } from '../../../electron/core/audit/export.ts';
import { listAuditEvents } from '../../../electron/core/audit/list.ts';
import { applyToComplaint } from '../../../electron/core/complaints/apply.ts';
import { idOf, item, seeded } from './helpers.ts';

const hold = (missing: string): Operation => ({ name: 'hold', args: { missing } });
const priority: Operation = { name: 'set_priority', args: { priority: 'darurat' } };

/** Three events by two people on two complaints. */
function log(): { db: Database.Database; caseNo: (externalId: string) => string } {
  const db = seeded([item(1), item(2)]);
  applyToComplaint(db, { actor: 'rina', device: 'desk-1' }, idOf(db, 'ig-1'), hold('=HYPERLINK("x")'));
  applyToComplaint(db, { actor: 'budi', device: 'desk-2' }, idOf(db, 'ig-2'), hold('alamat, "RT 3"\nRW 2'));
  applyToComplaint(db, { actor: 'Rina', device: 'desk-1' }, idOf(db, 'ig-2'), priority);
  const caseNo = (externalId: string) =>
    db
      .prepare<[string], string>('SELECT case_no FROM complaint WHERE external_id = ?')
      .pluck()
      .get(externalId) ?? '';
  return { db, caseNo };
}

const ids = (db: Database.Database, filters: AuditFilters, offset = 0, limit = 50) =>
  listAuditEvents(db, { filters, offset, limit }).rows.map((e) => e.id);

describe('listAuditEvents', () => {
  it('pages newest first with the case number and before → after', () => {
    const { db, caseNo } = log();
    const first = listAuditEvents(db, { filters: {}, offset: 0, limit: 2 });
    expect(first.hasMore).toBe(true);
    expect(first.rows.map((e) => e.id)).toEqual([3, 2]);
    expect(first.rows[0]).toMatchObject({
      actor: 'Rina',
      caseNo: caseNo('ig-2'),
      operation: 'set_priority',
      before: { priority: 'sedang' },
      after: { priority: 'darurat' },
      entityType: null,
    });
    expect(listAuditEvents(db, { filters: {}, offset: 2, limit: 2 })).toMatchObject({ hasMore: false });
  });

  it('filters by person (any case), operation, case number and time', () => {
    const { db, caseNo } = log();
    expect(ids(db, { actor: 'rina' })).toEqual([3, 1]);
    expect(ids(db, { operation: 'hold' })).toEqual([2, 1]);
    expect(ids(db, { caseNo: caseNo('ig-2').toLowerCase() })).toEqual([3, 2]);
    expect(ids(db, { caseNo: 'TSM-1999-000001' })).toEqual([]);
    expect(ids(db, { complaintId: idOf(db, 'ig-1'), operation: 'hold' })).toEqual([1]);
    const at = (id: number) =>
      db.prepare<[number], string>('SELECT at FROM audit_event WHERE id = ?').pluck().get(id) ?? '';
    expect(ids(db, { from: at(2) })).toEqual([3, 2]);
    expect(ids(db, { to: at(1) })).toEqual([1]);
    expect(ids(db, { from: '2000-01-01T07:00:00+07:00', to: '2000-01-02T00:00:00+07:00' })).toEqual([]);
  });
});

describe('audit CSV', () => {
  it('quotes by RFC 4180 and neutralises spreadsheet formulas', () => {
    expect(csvCell('biasa')).toBe('biasa');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('kata "kutip"')).toBe('"kata ""kutip"""');
    expect(csvCell('baris\r\nbaru')).toBe('"baris\r\nbaru"');
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell('=A1,"B"')).toBe('"\'=A1,""B"""');
    expect(
      csvText([
        ['a', 'b'],
        ['c', ''],
      ]),
    ).toBe('a,b\r\nc,\r\n');
  });

  it('exports the filtered log with an Indonesian header and a dated file name', () => {
    const { db, caseNo } = log();
    const now = Date.parse('2025-03-01T17:30:00Z'); // 2 March, 00:30 WIB
    const { filename, csv } = auditCsv(db, { operation: 'hold' }, now);
    expect(filename).toBe('log-audit-20250302-0030.csv');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'ID,Waktu (WIB),Pengguna,Perangkat,No. kasus / objek,Operasi,Sebelum,Sesudah,Alasan / catatan',
    );
    const stored = db.prepare<[], string>('SELECT at FROM audit_event WHERE id = 2').pluck().get() ?? '';
    const wib = new Date(Date.parse(stored) + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(lines[1]).toBe(
      `2,${wib},budi,desk-2,${caseNo('ig-2')},hold,status: baru,status: ditunda,"alamat, ""RT 3""\nRW 2"`,
    );
    expect(lines[2]).toContain(`,${caseNo('ig-1')},hold,status: baru,status: ditunda,"'=HYPERLINK(""x"")"`);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toBe('');
    expect(csv).not.toContain(caseNo('ig-2') + ',set_priority');
  });
});
