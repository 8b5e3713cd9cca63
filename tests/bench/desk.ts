import type Database from 'better-sqlite3';
import { withSecondaryIndexesRebuilt } from '../../electron/core/complaints/secondary-indexes.ts';
import type { DemoComplaint, DemoTruth } from '../../electron/core/demo/generate.ts';
import { shippedMasterData } from '../../electron/core/master/seed.ts';
import { missingCase, strictAssert, type RejectReason, type Status } from '../../shared/index.ts';

type DeskRow = [
  seq: number,
  status: Status,
  verdict: string,
  reason: RejectReason | null,
  type: string | null,
  category: string | null,
  dinas: string | null,
  priority: string,
];

const REASON = {
  abuse: 'hujatan',
  unfair_attack: 'fitnah',
  hoax: 'hoaks',
  spam: 'spam',
  off_topic: 'tidak_relevan',
} as const satisfies Record<Exclude<DemoTruth, 'valid' | 'valid_angry'>, RejectReason>;

/** Where a verified grievance is in its life; older items are further along. */
const PIPELINE: readonly Status[] = [
  'ditunda',
  'terverifikasi',
  'didisposisikan',
  'didisposisikan',
  'diproses',
  'diproses',
  'ditindaklanjuti',
  'ditindaklanjuti',
  'selesai',
  'selesai',
  'selesai',
  'selesai',
];

const typeOf = (category: string) =>
  category === 'aspirasi' ? 'aspirasi' : category === 'informasi' ? 'permintaan_informasi' : 'pengaduan';

function deskRow(
  seq: number,
  i: number,
  age: number,
  c: DemoComplaint,
  dinasOf: Map<string, string>,
): DeskRow {
  // The newest few days are still waiting in the inbox.
  if (age < 0.04) return [seq, 'baru', 'belum', null, null, null, null, 'sedang'];
  switch (c.truth) {
    case 'valid':
    case 'valid_angry': {
      const category = c.categoryId ?? 'pelayanan-publik';
      const priority =
        category === 'bencana' ? 'darurat' : (['rendah', 'sedang', 'sedang', 'tinggi'][i % 4] ?? 'sedang');
      const stage = PIPELINE[(i * 7) % (age < 0.15 ? 5 : PIPELINE.length)] ?? 'selesai';
      const disposed = stage !== 'ditunda' && stage !== 'terverifikasi';
      const verdict = stage === 'ditunda' ? 'belum' : 'valid';
      return [
        seq,
        stage,
        verdict,
        null,
        typeOf(category),
        category,
        disposed ? (dinasOf.get(category) ?? null) : null,
        priority,
      ];
    }
    case 'abuse':
    case 'unfair_attack':
    case 'hoax':
    case 'spam':
    case 'off_topic':
      return [seq, 'ditolak', 'ditolak', REASON[c.truth], null, null, null, 'sedang'];
    default:
      return missingCase(c.truth);
  }
}

/**
 * Gives the seeded inbox a desk's history (statuses, categories, dinas, priorities) so the inbox filters
 * select realistic shares. Bench set-up only: it writes columns directly, bypassing the operation log.
 */
export function workTheDesk(db: Database.Database, demo: readonly DemoComplaint[]): void {
  const dinasOf = new Map(shippedMasterData().categories.map((c) => [c.id, c.defaultDinasId]));
  db.exec(`CREATE TEMP TABLE desk (seq INTEGER PRIMARY KEY, status TEXT, verdict TEXT, reject_reason TEXT,
    type TEXT, category_id TEXT, dinas_id TEXT, priority TEXT)`);
  const put = db.prepare('INSERT INTO temp.desk VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  // seq is a time key (complaints/seq.ts), not a counter: the i-th seq belongs to the i-th item inserted.
  const seqs = db.prepare<[], number>('SELECT seq FROM complaint ORDER BY seq').pluck().all();
  strictAssert(seqs.length === demo.length, 'the database holds exactly the demo complaints');
  db.transaction(() => {
    demo.forEach((c, i) => put.run(deskRow(seqs[i] ?? 0, i, 1 - i / demo.length, c, dinasOf)));
    withSecondaryIndexesRebuilt(db, () =>
      db.exec(`UPDATE complaint SET status = d.status, verdict = d.verdict, reject_reason = d.reject_reason,
        type = d.type, category_id = d.category_id, dinas_id = d.dinas_id, priority = d.priority
        FROM temp.desk d WHERE d.seq = complaint.seq`),
    );
  })();
  db.exec('DROP TABLE temp.desk');
}
