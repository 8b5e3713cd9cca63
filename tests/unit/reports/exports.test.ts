import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ComplaintFilters, DrillDown } from '../../../shared/index.ts';
import { listComplaints } from '../../../electron/core/complaints/list.ts';
import { dashboard } from '../../../electron/core/reports/dashboard.ts';
import { dashboardXlsx } from '../../../electron/core/reports/export-dashboard.ts';
import { complaintsCsv, complaintsXlsx } from '../../../electron/core/reports/export-complaints.ts';
import { JUNE, NOW, juneDesk, type June } from './fixture.ts';

const SORT = { by: 'caseNo', dir: 'asc' } as const;

function drilled({ db, ids }: June, figure: Omit<DrillDown, 'period'>, more: ComplaintFilters = {}) {
  const filters = { ...more, figure: { ...figure, period: JUNE } };
  const rows = listComplaints(db, { filters, sort: SORT, offset: 0, limit: 100 }).rows;
  const name = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return rows.map((r) => name.get(r.id)).sort();
}

describe('drill-down from a figure to its items', () => {
  it('opens exactly the items each figure counted', () => {
    const june = juneDesk();
    expect(drilled(june, { figure: 'received' })).toEqual(['A', 'B', 'D', 'E', 'G']);
    expect(drilled(june, { figure: 'disposed', dinasId: 'pupr' })).toEqual(['A', 'B', 'D']);
    expect(drilled(june, { figure: 'disposed', dinasId: 'dlh' })).toEqual(['B']);
    expect(drilled(june, { figure: 'responded', dinasId: 'pupr' })).toEqual(['A', 'B']);
    expect(drilled(june, { figure: 'respondedLate', dinasId: 'pupr' })).toEqual(['B']);
    expect(drilled(june, { figure: 'backlog', dinasId: 'pupr' })).toEqual(['D']);
    expect(drilled(june, { figure: 'reopened', dinasId: 'pupr' })).toEqual(['A']);
    expect(drilled(june, { figure: 'settled' })).toEqual(['A']);
    expect(drilled(june, { figure: 'rejected', reason: 'spam' })).toEqual(['G']);
    expect(drilled(june, { figure: 'decided', actor: 'rina' })).toEqual(['A', 'B', 'C', 'D', 'G']);
    expect(drilled(june, { figure: 'received' }, { kecamatanId: ['cihideung'], overdue: true })).toEqual([
      'A',
    ]);
  });
});

describe('exports', () => {
  it('keeps a penghubung to their own dinas and neutralises formulas in the CSV', () => {
    const { db } = juneDesk();
    const all = complaintsCsv(db, { filters: {}, sort: SORT }, { onlyDinasId: null }, NOW);
    const csv = Buffer.from(all.base64, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFFNo. kasus,Diterima (WIB),Kanal')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"")"`);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 7);
    const pupr = complaintsCsv(db, { filters: {}, sort: SORT }, { onlyDinasId: 'pupr' }, NOW);
    const lines = Buffer.from(pupr.base64, 'base64').toString('utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 3);
    expect(lines.slice(1).every((l) => l.includes('Dinas Pekerjaan Umum'))).toBe(true);
  });

  it('writes the inbox as a workbook with the same rows', async () => {
    const { db } = juneDesk();
    const file = await complaintsXlsx(db, { filters: {}, sort: SORT }, { onlyDinasId: 'pupr' }, NOW);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(Buffer.from(file.base64, 'base64')).buffer);
    const sheet = book.getWorksheet('Pengaduan');
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(1).getCell(1).value).toBe('No. kasus');
  });

  it('writes the dashboard workbook whose numbers read back as the figures', async () => {
    const { db } = juneDesk();
    const figures = dashboard(db, { period: JUNE }, NOW);
    const file = await dashboardXlsx(db, { period: JUNE }, NOW);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(Buffer.from(file.base64, 'base64')).buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Dinas',
      'Meja',
      'Alasan penolakan',
      'Moderator',
      'Mingguan',
      'Bulanan',
      'Kecamatan',
    ]);
    const dinas = book.getWorksheet('Dinas');
    const pupr = figures.dinas.findIndex((d) => d.dinasId === 'pupr');
    const row = dinas?.getRow(pupr + 2).values as unknown[];
    const f = figures.dinas[pupr];
    expect(row.slice(1)).toEqual([
      'pupr',
      f?.received,
      f?.disposed,
      f?.acknowledged,
      f?.responded,
      f?.ackMedianHours,
      f?.ackP90Hours,
      f?.responseMedianHours,
      f?.responseP90Hours,
      f?.withinDeadlineShare,
      f?.openBacklog,
      f?.overdueNow,
      f?.reopenedShare,
    ]);
    expect(book.getWorksheet('Meja')?.getRow(2).values).toEqual([undefined, 'Diterima', 5]);
  });
});
