import type Database from 'better-sqlite3';
import { missingCase, strictAssert, type RejectReason, type Status } from '../../../shared/index.ts';
import { withSecondaryIndexesRebuilt } from '../complaints/secondary-indexes.ts';
import { recomputeDue } from '../deadlines/recompute.ts';
import { stageFor } from '../deadlines/stage.ts';
import { shippedMasterData } from '../master/seed.ts';
import type { DemoComplaint, DemoTruth } from './generate.ts';

type DeskRow = [
  seq: number,
  status: Status,
  verdict: string,
  reason: RejectReason | null,
  type: string | null,
  category: string | null,
  dinas: string | null,
  priority: string,
  /** Hours after receipt at which the clock of the item's current stage started; null: no clock. */
  clockHours: number | null,
];

const HOUR_MS = 3_600_000;

/** Roughly when a demo item entered its stage: a day to disposition, four to the dinas's answer. */
function clockHoursFor(status: Status): number | null {
  const stage = stageFor(status);
  if (stage === null) return null;
  if (stage === 'verifikasi') return 0;
  return stage === 'tindak_lanjut' ? 24 : 96;
}

const REASON = {
  abuse: 'hujatan',
  unfair_attack: 'fitnah',
  hoax: 'hoaks',
  spam: 'spam',
  off_topic: 'tidak_relevan',
} as const satisfies Record<Exclude<DemoTruth, 'valid' | 'valid_angry'>, RejectReason>;

/** Where a verified grievance is in its life; the first five are where recent items can be. */
const PIPELINE: readonly Status[] = [
  'ditunda',
  'terverifikasi',
  'didisposisikan',
  'diproses',
  'diproses',
  'ditindaklanjuti',
  'ditindaklanjuti',
  'selesai',
  'selesai',
  'selesai',
];

/** Items older than a month: mostly done, with the few laggards a supervisor chases. */
const SETTLED: readonly Status[] = [
  ...Array<Status>(12).fill('selesai'),
  'diproses',
  'didisposisikan',
  'ditindaklanjuti',
];

const stageAt = (i: number, age: number): Status =>
  (age < 0.15
    ? PIPELINE[(i * 7) % 5]
    : age < 0.35
      ? PIPELINE[(i * 7) % PIPELINE.length]
      : SETTLED[(i * 7) % SETTLED.length]) ?? 'selesai';

const typeOf = (category: string) =>
  category === 'aspirasi' ? 'aspirasi' : category === 'informasi' ? 'permintaan_informasi' : 'pengaduan';

function deskRow(
  seq: number,
  i: number,
  age: number,
  c: DemoComplaint,
  dinasOf: Map<string, string>,
): DeskRow {
  // The newest days are still waiting in the inbox.
  if (age < 0.08) return [seq, 'baru', 'belum', null, null, null, null, 'sedang', 0];
  switch (c.truth) {
    case 'valid':
    case 'valid_angry': {
      const category = c.categoryId ?? 'pelayanan-publik';
      const priority =
        category === 'bencana' ? 'darurat' : (['rendah', 'sedang', 'sedang', 'tinggi'][i % 4] ?? 'sedang');
      const stage = stageAt(i, age);
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
        clockHoursFor(stage),
      ];
    }
    case 'abuse':
    case 'unfair_attack':
    case 'hoax':
    case 'spam':
    case 'off_topic':
      return [seq, 'ditolak', 'ditolak', REASON[c.truth], null, null, null, 'sedang', null];
    default:
      return missingCase(c.truth);
  }
}

/**
 * Gives freshly seeded demo complaints a desk's history (statuses, categories, dinas, priorities and the
 * deadline clocks that go with them), so the demo inbox, its filters, views and queues look like a
 * working desk and the benchmarks query realistic shares. It writes the columns directly, as if the
 * state had come down from the hub: demo history is not anyone's decision, so it makes no operations,
 * outbox rows or audit events. The demo app adds the history behind them with logTheDesk (desk-log.ts);
 * the benchmarks' million items do without.
 */
export function workTheDesk(db: Database.Database, demo: readonly DemoComplaint[]): void {
  const dinasOf = new Map(shippedMasterData().categories.map((c) => [c.id, c.defaultDinasId]));
  db.exec(`CREATE TEMP TABLE desk (seq INTEGER PRIMARY KEY, status TEXT, verdict TEXT, reject_reason TEXT,
    type TEXT, category_id TEXT, dinas_id TEXT, priority TEXT, clock_hours REAL)`);
  const put = db.prepare('INSERT INTO temp.desk VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  // seq is a time key (complaints/seq.ts), not a counter: the i-th seq belongs to the i-th item inserted.
  const seqs = db.prepare<[], number>('SELECT seq FROM complaint ORDER BY seq').pluck().all();
  strictAssert(seqs.length === demo.length, 'the database holds exactly the demo complaints');
  db.transaction(() => {
    demo.forEach((c, i) => put.run(deskRow(seqs[i] ?? 0, i, 1 - i / demo.length, c, dinasOf)));
    withSecondaryIndexesRebuilt(db, () =>
      db.exec(`UPDATE complaint SET status = d.status, verdict = d.verdict, reject_reason = d.reject_reason,
        type = d.type, category_id = d.category_id, dinas_id = d.dinas_id, priority = d.priority,
        stage_started_ms = CASE WHEN d.clock_hours IS NULL THEN NULL
          ELSE complaint.received_ms + CAST(d.clock_hours * ${HOUR_MS} AS INTEGER) END,
        due_ms = CASE WHEN d.clock_hours IS NULL THEN NULL ELSE 0 END
        FROM temp.desk d WHERE d.seq = complaint.seq`),
    );
    // Every running clock was given a placeholder due time above; the deadline rules set the real one.
    recomputeDue(db, 'c.is_demo = 1', []);
  }).immediate();
  db.exec('DROP TABLE temp.desk');
}
