import { indonesianCalendar } from '../../../../shared/calendar/holidays.ts';
import { addWorkingDays, jakartaDate } from '../../../../shared/calendar/workdays.ts';
import type { Migration } from './types.ts';

/*
 * Deadlines as data (see shared/design/product.md, "Deadlines"). Like every migration this is a snapshot:
 * the stages, the seeded clocks and the backfill below are spelled out here, not taken from the live
 * code in deadlines/, which may later read columns that do not exist yet at this step.
 */
const SCHEMA = `
-- One clock per category and stage; category_id NULL is the city default. No foreign key to category:
-- this seed runs before the city's master data is first loaded; the settings API checks the category.
CREATE TABLE deadline_profile (
  id          INTEGER PRIMARY KEY,
  category_id TEXT,
  stage       TEXT NOT NULL CHECK (stage IN ('verifikasi', 'tindak_lanjut', 'konfirmasi')),
  amount      INTEGER NOT NULL CHECK (amount > 0),
  unit        TEXT NOT NULL CHECK (unit IN ('hari_kerja', 'jam'))
);
-- ifnull: NULLs never collide in a unique index, and there must be one city default per stage.
CREATE UNIQUE INDEX deadline_profile_key ON deadline_profile (ifnull(category_id, ''), stage);

-- Admin corrections to the national holiday list: cuti bersama added, or a wrong date taken out.
CREATE TABLE holiday_adjustment (
  date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('cuti_bersama', 'bukan_libur')),
  note TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- The running clock of a complaint: when its stage started and when it is due (exclusive end, epoch ms).
-- Both are NULL exactly when no clock runs (closed, merged, rejected), so the partial index below holds
-- only the open items and serves "due_ms < now" straight away.
ALTER TABLE complaint ADD COLUMN stage_started_ms INTEGER;
ALTER TABLE complaint ADD COLUMN due_ms INTEGER;
CREATE INDEX complaint_due ON complaint (due_ms) WHERE due_ms IS NOT NULL;
`;

type Stage = 'verifikasi' | 'tindak_lanjut' | 'konfirmasi';
type Seed = { categoryId: string | null; stage: Stage; amount: number; unit: 'hari_kerja' | 'jam' };

/** SP4N-LAPOR!'s defaults for the city, and a faster clock for disasters and fallen trees. */
const SEEDS: readonly Seed[] = [
  { categoryId: null, stage: 'verifikasi', amount: 3, unit: 'hari_kerja' },
  { categoryId: null, stage: 'tindak_lanjut', amount: 5, unit: 'hari_kerja' },
  { categoryId: null, stage: 'konfirmasi', amount: 10, unit: 'hari_kerja' },
  { categoryId: 'bencana', stage: 'verifikasi', amount: 6, unit: 'jam' },
  { categoryId: 'bencana', stage: 'tindak_lanjut', amount: 1, unit: 'hari_kerja' },
];

type OpenComplaint = {
  seq: number;
  stage: Stage;
  categoryId: string | null;
  receivedMs: number;
  updatedAt: string;
  /** The latest operation that (re)started the stage's clock, if any. */
  restartedAt: string | null;
  respondedAt: string | null;
};

/**
 * When each open item's current stage began: receipt (or a later reopen) for verification, the last
 * disposition, return to the dinas or reopen for the follow-up, the last response for the confirmation.
 * (An item back in verification got there by a reopen, so the latest of the three is that reopen.)
 */
const OPEN_COMPLAINTS = `
SELECT seq, stage, categoryId, receivedMs, updatedAt,
  (SELECT a.at FROM audit_event a
   WHERE a.complaint_id = o.id AND a.operation IN ('dispose', 'reopen', 'return_to_dinas')
   ORDER BY a.id DESC LIMIT 1) AS restartedAt,
  (SELECT r.responded_at FROM response r WHERE r.complaint_id = o.id
   ORDER BY r.created_at DESC LIMIT 1) AS respondedAt
FROM (
  SELECT seq, id, category_id AS categoryId, received_ms AS receivedMs, updated_at AS updatedAt,
    CASE WHEN status IN ('baru', 'ditunda', 'terverifikasi') THEN 'verifikasi'
         WHEN status IN ('didisposisikan', 'diproses') THEN 'tindak_lanjut'
         WHEN status = 'ditindaklanjuti' THEN 'konfirmasi' END AS stage
  FROM complaint
) o WHERE stage IS NOT NULL`;

function stageStart(c: OpenComplaint): number {
  const at = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));
  switch (c.stage) {
    case 'verifikasi':
      return at(c.restartedAt) ?? c.receivedMs;
    case 'tindak_lanjut':
      return at(c.restartedAt) ?? Date.parse(c.updatedAt);
    case 'konfirmasi':
      return at(c.respondedAt) ?? Date.parse(c.updatedAt);
  }
}

const yearOf = (ms: number): number => Number(jakartaDate(ms).slice(0, 4));

export const migration003: Migration = {
  version: 3,
  name: 'deadlines',
  up(db) {
    db.exec(SCHEMA);
    const seed = db.prepare(
      'INSERT INTO deadline_profile (category_id, stage, amount, unit) VALUES (?, ?, ?, ?)',
    );
    for (const s of SEEDS) seed.run(s.categoryId, s.stage, s.amount, s.unit);

    const open = db.prepare<[], OpenComplaint>(OPEN_COMPLAINTS).all();
    if (open.length === 0) return;
    const starts = open.map(stageStart);
    const first = yearOf(starts.reduce((a, b) => Math.min(a, b))) - 1;
    const last = yearOf(starts.reduce((a, b) => Math.max(a, b))) + 1;
    const calendar = indonesianCalendar(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    const profileFor = (categoryId: string | null, stage: Stage): Seed => {
      const own = SEEDS.find((s) => s.categoryId === categoryId && s.stage === stage);
      const city = SEEDS.find((s) => s.categoryId === null && s.stage === stage);
      if (!city) throw new Error(`no city default for ${stage}`);
      return own ?? city;
    };
    const update = db.prepare('UPDATE complaint SET stage_started_ms = ?, due_ms = ? WHERE seq = ?');
    open.forEach((c, i) => {
      const start = starts[i] ?? c.receivedMs;
      const profile = profileFor(c.categoryId, c.stage);
      const due =
        profile.unit === 'jam'
          ? start + profile.amount * 3_600_000
          : addWorkingDays(start, profile.amount, calendar);
      update.run(start, due, c.seq);
    });
  },
};
