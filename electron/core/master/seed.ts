import type Database from 'better-sqlite3';
import { MasterData } from '../../../shared/index.ts';
import cityFile from '../../../resources/city/tasikmalaya.json' with { type: 'json' };

/** The city's master data as shipped in resources/, validated: a broken file stops the start, loudly. */
export function shippedMasterData(): MasterData {
  const parsed = MasterData.safeParse(cityFile);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`resources/city/tasikmalaya.json is not valid master data: ${where}`);
  }
  return parsed.data;
}

/**
 * Upserts master data so edits to the shipped file reach existing databases. Entries missing from the
 * file are kept: complaints may still point at them.
 */
export function seedMasterData(db: Database.Database, data: MasterData): void {
  const city = db.prepare(
    'INSERT INTO city (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name',
  );
  const kecamatan = db.prepare(
    `INSERT INTO kecamatan (id, name, position) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position`,
  );
  const dinas = db.prepare(
    `INSERT INTO dinas (id, name, short_name, position) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, short_name = excluded.short_name,
       position = excluded.position`,
  );
  const category = db.prepare(
    `INSERT INTO category (id, name, name_en, default_dinas_id, position) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
       default_dinas_id = excluded.default_dinas_id, position = excluded.position`,
  );
  db.transaction(() => {
    db.prepare('DELETE FROM city WHERE id <> ?').run(data.city.id);
    city.run(data.city.id, data.city.name);
    data.kecamatan.forEach((k, i) => kecamatan.run(k.id, k.name, i));
    data.dinas.forEach((d, i) => dinas.run(d.id, d.name, d.shortName, i));
    data.categories.forEach((c, i) => category.run(c.id, c.name, c.nameEn, c.defaultDinasId, i));
  }).immediate();
}
