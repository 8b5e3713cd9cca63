import type Database from 'better-sqlite3';
import {
  strictAssert,
  type Category,
  type Dinas,
  type Kecamatan,
  type MasterData,
} from '../../../shared/index.ts';

export function readMasterData(db: Database.Database): MasterData {
  const city = db.prepare<[], MasterData['city']>('SELECT id, name FROM city').get();
  strictAssert(city, 'master data was seeded at open');
  return {
    city,
    kecamatan: db.prepare<[], Kecamatan>('SELECT id, name FROM kecamatan ORDER BY position, id').all(),
    dinas: db
      .prepare<[], Dinas>('SELECT id, name, short_name AS shortName FROM dinas ORDER BY position, id')
      .all(),
    categories: db
      .prepare<[], Category>(
        `SELECT id, name, name_en AS nameEn, default_dinas_id AS defaultDinasId
         FROM category ORDER BY position, id`,
      )
      .all(),
  };
}

/** Lower-cased kecamatan names (and ids) → id, for mapping the free-text place of incoming items. */
export function kecamatanLookup(db: Database.Database): Map<string, string> {
  const rows = db.prepare<[], Kecamatan>('SELECT id, name FROM kecamatan').all();
  return new Map(rows.flatMap((k) => [[k.id, k.id] as const, [k.name.toLowerCase(), k.id] as const]));
}
