import { randomUUID } from 'node:crypto';
import { timeOnce } from '../timing.ts';
import type { BenchContext, BenchResult, Scenario } from '../types.ts';

/**
 * The floor: the same rows into a plain table with no indexes, no constraints and no full-text index,
 * one prepared statement in one transaction.
 */
function plainInsertMs({ db, demo }: BenchContext): number {
  db.exec(`CREATE TABLE bench_plain (seq INTEGER PRIMARY KEY, id TEXT, channel TEXT, external_id TEXT,
    author_handle TEXT, author_name TEXT, text TEXT, received_at TEXT, received_ms INTEGER, kecamatan TEXT,
    kelurahan TEXT, address TEXT, lat REAL, lon REAL, media_json TEXT)`);
  const insert =
    db.prepare(`INSERT INTO bench_plain (id, channel, external_id, author_handle, author_name, text,
    received_at, received_ms, kecamatan, kelurahan, address, lat, lon, media_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const ms = timeOnce(() =>
    db.transaction(() => {
      for (const { item } of demo) {
        insert.run(
          randomUUID(),
          item.channel,
          item.externalId,
          item.author.handle,
          item.author.name ?? null,
          item.text,
          item.receivedAt,
          Date.parse(item.receivedAt),
          item.place?.kecamatan ?? null,
          item.place?.kelurahan ?? null,
          item.place?.address ?? null,
          item.place?.lat ?? null,
          item.place?.lon ?? null,
          JSON.stringify(item.media ?? []),
        );
      }
    })(),
  );
  db.exec('DROP TABLE bench_plain');
  return ms;
}

/** Seeding demo data: insertComplaints into an empty database, full-text index included. */
export const seedScenario: Scenario = {
  name: 'seed',
  run(ctx): BenchResult[] {
    const rowsPerSecond = (ms: number) => ctx.scale / (ms / 1000);
    return [
      {
        scale: ctx.scale,
        scenario: 'seed',
        case: 'insertComplaints + FTS, empty db',
        metric: 'rows/s',
        ours: rowsPerSecond(ctx.seedMs),
        baseline: rowsPerSecond(plainInsertMs(ctx)),
        target: { op: '>=', value: 30_000 },
      },
    ];
  },
};
