import type Database from 'better-sqlite3';
import type { Dashboard, DashboardQuery, ExportFile, TrendPoint } from '../../../shared/index.ts';
import { dashboard } from './dashboard.ts';
import { XLSX_MIME, workbookBase64, type Sheet } from './xlsx.ts';

const TREND_HEADER = ['Mulai', 'Diterima', 'Ditanggapi', 'Median jam kerja tanggapan'];
const trendRows = (points: readonly TrendPoint[]) =>
  points.map((p) => [p.start, p.received, p.responded, p.responseMedianHours]);

/** One sheet per table of the dashboard, headers in Indonesian; hours and shares stay numbers. */
export function dashboardSheets(d: Dashboard): Sheet[] {
  return [
    {
      name: 'Dinas',
      header: [
        'Dinas',
        'Diterima',
        'Selesai',
        'Diproses',
        'Ditanggapi',
        'Median jam kerja proses',
        'P90 jam kerja proses',
        'Median jam kerja tanggapan',
        'P90 jam kerja tanggapan',
        'Porsi tepat waktu',
        'Tunggakan akhir periode',
        'Terlambat sekarang',
        'Porsi dibuka kembali',
      ],
      rows: d.dinas.map((f) => [
        f.dinasId,
        f.received,
        f.disposed,
        f.acknowledged,
        f.responded,
        f.ackMedianHours,
        f.ackP90Hours,
        f.responseMedianHours,
        f.responseP90Hours,
        f.withinDeadlineShare,
        f.openBacklog,
        f.overdueNow,
        f.reopenedShare,
      ]),
    },
    {
      name: 'Meja',
      header: ['Ukuran', 'Nilai'],
      rows: [
        ['Diterima', d.desk.received],
        ['Terverifikasi', d.desk.verified],
        ['Ditolak', d.desk.rejected],
        ['Median jam kerja verifikasi', d.desk.verifyMedianHours],
        ['P90 jam kerja verifikasi', d.desk.verifyP90Hours],
      ],
    },
    {
      name: 'Alasan penolakan',
      header: ['Alasan', 'Jumlah'],
      rows: d.desk.rejectionReasons.map((r) => [r.reason, r.count]),
    },
    {
      name: 'Moderator',
      header: ['Pengguna', 'Keputusan', 'Antrean terbuka'],
      rows: d.desk.moderators.map((m) => [m.actor, m.decisions, m.open]),
    },
    { name: 'Mingguan', header: TREND_HEADER, rows: trendRows(d.weekly) },
    { name: 'Bulanan', header: TREND_HEADER, rows: trendRows(d.monthly) },
    {
      name: 'Kecamatan',
      header: ['Kecamatan', 'Diterima', 'Masih terbuka', 'Terlambat sekarang'],
      rows: d.kecamatan.map((k) => [k.kecamatanId ?? '(tanpa kecamatan)', k.received, k.open, k.overdueNow]),
    },
  ];
}

export async function dashboardXlsx(
  db: Database.Database,
  query: DashboardQuery,
  now = Date.now(),
): Promise<ExportFile> {
  const figures = dashboard(db, query, now);
  return {
    fileName: `laporan-kinerja-${query.period.from}-${query.period.to}.xlsx`,
    mimeType: XLSX_MIME,
    base64: await workbookBase64(dashboardSheets(figures)),
  };
}
