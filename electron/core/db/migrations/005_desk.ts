import type { Migration } from './types.ts';

/*
 * The desk's bookkeeping on a complaint (its SP4N-LAPOR! number and mark, whose queue it is in, a manual
 * flag), each with its own sync version group, and the canned responses. Like every migration a
 * snapshot: the seeded templates are written out here, not read from live code.
 */
const SCHEMA = `
ALTER TABLE complaint ADD COLUMN lapor_tracking_no TEXT;
ALTER TABLE complaint ADD COLUMN lapor_recorded INTEGER NOT NULL DEFAULT 0 CHECK (lapor_recorded IN (0, 1));
-- No foreign key to app_user: sync may bring an item assigned to someone this desk has not seen yet;
-- apply checks the reference.
ALTER TABLE complaint ADD COLUMN assignee_id TEXT;
ALTER TABLE complaint ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1));
ALTER TABLE complaint ADD COLUMN lapor_v INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaint ADD COLUMN assignee_v INTEGER NOT NULL DEFAULT 0;
ALTER TABLE complaint ADD COLUMN flag_v INTEGER NOT NULL DEFAULT 0;

-- Partial indexes: each holds only the few rows the question is about.
-- A master's merged reporters; "Antrean saya"; "Ditandai"; finding an item by its LAPOR! number.
CREATE INDEX complaint_master ON complaint (master_id) WHERE master_id IS NOT NULL;
CREATE INDEX complaint_assignee ON complaint (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX complaint_flagged ON complaint (flagged) WHERE flagged = 1;
CREATE INDEX complaint_lapor ON complaint (lapor_tracking_no) WHERE lapor_tracking_no IS NOT NULL;

-- category_id NULL: for any category. No foreign key: this seed runs before the city's master data is
-- first loaded; templates.save checks the category.
CREATE TABLE response_template (
  id          INTEGER PRIMARY KEY,
  category_id TEXT,
  title       TEXT NOT NULL,
  body        TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX response_template_category ON response_template (category_id);
`;

/** Indonesian defaults for every stage at which the desk answers a citizen. */
const TEMPLATES: readonly { title: string; body: string }[] = [
  {
    title: 'Laporan diterima',
    body:
      'Terima kasih {nama_pelapor}, laporan Anda sudah kami terima dengan nomor {nomor}. ' +
      'Simpan nomor ini untuk menanyakan perkembangannya.',
  },
  {
    title: 'Perlu keterangan tambahan',
    body:
      'Terima kasih {nama_pelapor}. Agar laporan nomor {nomor} dapat kami proses, mohon kirimkan lokasi ' +
      'persisnya dan foto kejadiannya.',
  },
  {
    title: 'Diteruskan ke dinas',
    body:
      'Terima kasih {nama_pelapor}, laporan Anda nomor {nomor} sudah kami teruskan ke {dinas} dan akan ' +
      'ditindaklanjuti paling lambat {tenggat}.',
  },
  {
    title: 'Sudah ditindaklanjuti',
    body:
      'Terima kasih {nama_pelapor}. Laporan nomor {nomor} sudah ditindaklanjuti oleh {dinas}. Bila ' +
      'masalahnya belum teratasi, balas pesan ini dengan menyebut nomor laporan.',
  },
  {
    title: 'Belum dapat diproses',
    body:
      'Terima kasih {nama_pelapor} atas pesannya. Mohon maaf, pesan nomor {nomor} belum dapat kami proses ' +
      'sebagai pengaduan. Sampaikan lokasi dan masalahnya agar dapat kami teruskan ke dinas terkait.',
  },
  {
    title: 'Bukan wewenang Pemerintah Kota',
    body:
      'Terima kasih {nama_pelapor}. Laporan nomor {nomor} berada di luar kewenangan Pemerintah Kota ' +
      'Tasikmalaya. Kami akan membantu meneruskannya kepada instansi yang berwenang melalui SP4N-LAPOR!.',
  },
];

export const migration005: Migration = {
  version: 5,
  name: 'desk',
  up(db) {
    db.exec(SCHEMA);
    const seed = db.prepare(
      'INSERT INTO response_template (category_id, title, body, updated_at) VALUES (NULL, ?, ?, ?)',
    );
    const at = new Date().toISOString();
    for (const t of TEMPLATES) seed.run(t.title, t.body, at);
  },
};
