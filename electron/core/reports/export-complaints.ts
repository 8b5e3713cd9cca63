import type Database from 'better-sqlite3';
import type { ComplaintExportQuery, ExportFile } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { csvText } from '../audit/csv.ts';
import { wib } from '../audit/export.ts';
import { eachComplaint } from '../complaints/list.ts';
import type { ComplaintRecord } from '../complaints/record.ts';
import type { Scope } from '../complaints/scope.ts';
import { prepared } from '../db/statements.ts';
import { XLSX_MIME, workbookBase64, type Cell } from './xlsx.ts';

/** More than a year of a busy city's items, yet a file a laptop's spreadsheet still opens. */
export const COMPLAINT_EXPORT_MAX = 200_000;

const HEADER = [
  'No. kasus',
  'Diterima (WIB)',
  'Kanal',
  'Akun pelapor',
  'Nama pelapor',
  'Isi laporan',
  'Kecamatan',
  'Status',
  'Verifikasi',
  'Alasan penolakan',
  'Jenis',
  'Kategori',
  'Dinas',
  'Prioritas',
  'Kerahasiaan',
  'Pihak berwenang',
  'Tenggat (WIB)',
  'No. LAPOR!',
];

type Names = (table: 'kecamatan' | 'category' | 'dinas', id: string | null) => string;

function namesOf(db: Database.Database): Names {
  const read = (table: string) =>
    new Map(prepared<[], [string, string]>(db, `SELECT id, name FROM ${table}`).raw().all());
  const maps = { kecamatan: read('kecamatan'), category: read('category'), dinas: read('dinas') };
  return (table, id) => (id === null ? '' : (maps[table].get(id) ?? id));
}

const line = (r: ComplaintRecord, name: Names): Cell[] => [
  r.caseNo,
  wib(Date.parse(r.receivedAt)),
  r.channel,
  r.authorHandle,
  r.authorName ?? '',
  r.text,
  name('kecamatan', r.kecamatanId),
  r.status,
  r.verdict,
  r.rejectReason ?? '',
  r.type ?? '',
  name('category', r.categoryId),
  name('dinas', r.dinasId),
  r.priority,
  r.confidentiality,
  r.responsibleParty ?? '',
  r.dueMs === null ? '' : wib(r.dueMs),
  r.laporTrackingNo ?? '',
];

/**
 * Every row the caller may see under the filters, in the inbox's order, read one at a time from the
 * statement's iterator (never a whole array); refused above the maximum.
 */
function* exportRows(db: Database.Database, query: ComplaintExportQuery, scope: Scope): Generator<Cell[]> {
  const name = namesOf(db);
  let count = 0;
  for (const record of eachComplaint(db, query.filters, query.sort, scope)) {
    if (count === COMPLAINT_EXPORT_MAX) {
      throw new CoreError(
        'invalid_input',
        `More than ${COMPLAINT_EXPORT_MAX} items match; narrow the filters (for example the dates) and export again.`,
      );
    }
    count += 1;
    yield line(record, name);
  }
}

const fileName = (ext: string, now: number): string =>
  `pengaduan-${wib(now).replaceAll('-', '').replace(' ', '-').replaceAll(':', '').slice(0, 13)}.${ext}`;

/** CSV (UTF-8 with a byte order mark, for Excel), formula-looking cells neutralised (audit/csv.ts). */
export function complaintsCsv(
  db: Database.Database,
  query: ComplaintExportQuery,
  scope: Scope,
  now = Date.now(),
): ExportFile {
  const rows = Array.from(exportRows(db, query, scope), (row) => row.map((cell) => String(cell ?? '')));
  const csv = `\uFEFF${csvText([HEADER, ...rows])}`;
  return {
    fileName: fileName('csv', now),
    mimeType: 'text/csv; charset=utf-8',
    base64: Buffer.from(csv, 'utf8').toString('base64'),
  };
}

export async function complaintsXlsx(
  db: Database.Database,
  query: ComplaintExportQuery,
  scope: Scope,
  now = Date.now(),
): Promise<ExportFile> {
  // The workbook is written row by row as the iterator yields them, in one synchronous pass: the
  // connection is busy while its iterator is open, so nothing may await in between.
  return {
    fileName: fileName('xlsx', now),
    mimeType: XLSX_MIME,
    base64: await workbookBase64([{ name: 'Pengaduan', header: HEADER, rows: exportRows(db, query, scope) }]),
  };
}
