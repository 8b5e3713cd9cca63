import type Database from 'better-sqlite3';
import type { IngestItem } from '../../../shared/index.ts';
import { uuid7 } from '../db/uuid7.ts';
import { dueCalculator } from '../deadlines/profiles.ts';
import { kecamatanLookup } from '../master/read.ts';
import { reportNewComplaints } from '../reports/new-complaints.ts';
import { caseNumber, receiptYear } from './case-number.ts';
import { withSecondaryIndexesRebuilt } from './secondary-indexes.ts';
import { seqAllocator } from './seq.ts';

/** The identity a complaint already has elsewhere (the hub's id and case number), kept as it is. */
export type Identity = { id: string; caseNo: string };

/** An item to store; one with an identity is written under it and does not count a local case number. */
export type NewComplaint = IngestItem & { identity?: Identity };

/**
 * Bulk insert in one transaction, idempotent on (channel, externalId): items already stored are skipped.
 * Returns how many were inserted. Case numbers count up in received order within each year of receipt
 * (an item pulled from the hub keeps the hub's id and number instead: one write per row, no renumbering).
 *
 * Speed matters (a first sync or the demo brings 100k+ rows): rows go in in seq (received) order, so
 * the table grows at its end instead of splitting pages all over, and so does the unique index on id
 * (a UUID v7 of the receipt time, see db/uuid7.ts); statements are prepared once per batch,
 * new rows go into the full-text index directly (no per-row trigger program), and a batch bigger than
 * the table rebuilds the secondary indexes once instead of updating them row by row.
 */
export function insertComplaints(
  db: Database.Database,
  items: readonly NewComplaint[],
  opts: { isDemo: boolean },
): number {
  const insert = db.prepare(
    `INSERT INTO complaint (seq, id, case_no, channel, external_id, author_handle, author_name, text,
       received_at, received_ms, kecamatan_id, kelurahan, address, lat, lon, media_json, is_demo, updated_at,
       stage_started_ms, due_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (channel, external_id) DO NOTHING`,
  );
  const indexText = db.prepare('INSERT INTO complaint_fts (rowid, text, author_handle) VALUES (?, ?, ?)');
  const saveCounter = db.prepare(
    'INSERT INTO case_counter (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last = excluded.last',
  );
  const isDemo = opts.isDemo ? 1 : 0;

  return db.transaction(() => {
    const stored = db.prepare<[], number>('SELECT count(*) FROM complaint').pluck().get() ?? 0;
    const counters = new Map(
      db.prepare<[], [number, number]>('SELECT year, last FROM case_counter').raw().all(),
    );
    const kecamatan = kecamatanLookup(db);
    const nextSeq = seqAllocator(db);
    const now = new Date().toISOString();
    const ordered = inReceivedOrder(items);
    // A new item is on the desk's verification clock from receipt, by the city default (no category yet).
    const dueOf = dueCalculator(
      db,
      ordered[0]?.receivedMs ?? Date.now(),
      ordered.at(-1)?.receivedMs ?? Date.now(),
    );

    const inserted: number[] = [];
    const insertAll = (): void => {
      for (const { item, receivedMs } of ordered) {
        const year = receiptYear(item.receivedAt);
        const caseSeq = (counters.get(year) ?? 0) + 1;
        const seq = nextSeq(receivedMs);
        const place = item.place;
        const { identity } = item;
        const { changes } = insert.run(
          seq,
          identity?.id ?? uuid7(receivedMs),
          identity?.caseNo ?? caseNumber(year, caseSeq),
          item.channel,
          item.externalId,
          item.author.handle,
          item.author.name ?? null,
          item.text,
          item.receivedAt,
          receivedMs,
          (place?.kecamatan && kecamatan.get(place.kecamatan.trim().toLowerCase())) ?? null,
          place?.kelurahan ?? null,
          place?.address ?? null,
          place?.lat ?? null,
          place?.lon ?? null,
          JSON.stringify(item.media ?? []),
          isDemo,
          now,
          receivedMs,
          dueOf(null, 'verifikasi', receivedMs),
        );
        if (changes === 0) continue;
        indexText.run(seq, item.text, item.author.handle);
        if (identity === undefined) counters.set(year, caseSeq);
        inserted.push(seq);
      }
    };

    if (items.length > stored) withSecondaryIndexesRebuilt(db, insertAll);
    else insertAll();
    for (const [year, last] of counters) saveCounter.run(year, last);
    reportNewComplaints(db, inserted);
    return inserted.length;
  }).immediate();
}

function inReceivedOrder(items: readonly NewComplaint[]): { item: NewComplaint; receivedMs: number }[] {
  return items
    .map((item) => ({ item, receivedMs: Date.parse(item.receivedAt) }))
    .sort((a, b) => a.receivedMs - b.receivedMs);
}
