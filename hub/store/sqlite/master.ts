import type Database from 'better-sqlite3';
import { prepared } from '../../../electron/core/db/statements.ts';
import { DeadlineProfileInput, HolidayAdjustment, MasterData } from '../../../shared/index.ts';
import { z } from 'zod';
import type { MasterParts } from '../types.ts';
import type { Stamp } from './db.ts';

/** Each part is checked on the way out too: a hand-edited row fails loudly, not on every desktop. */
const PARTS = {
  data: MasterData,
  deadlineProfiles: z.array(DeadlineProfileInput),
  holidays: z.array(HolidayAdjustment),
  wordlists: z.record(z.string(), z.array(z.string())),
} satisfies { [K in keyof MasterParts]: z.ZodType<MasterParts[K]> };

const NAMES = Object.keys(PARTS) as (keyof MasterParts)[];

/** Writes the parts whose content changed; an unchanged part keeps its version, so desktops skip it. */
export function saveMaster(db: Database.Database, stamp: Stamp, parts: MasterParts): void {
  const stored = new Map(
    prepared<[], [string, string]>(db, 'SELECT name, json FROM master_part').raw().all(),
  );
  const upsert = prepared(
    db,
    `INSERT INTO master_part (name, json, version) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET json = excluded.json, version = excluded.version`,
  );
  for (const name of NAMES) {
    const json = JSON.stringify(parts[name]);
    if (stored.get(name) !== json) upsert.run(name, json, stamp());
  }
}

/** The stored master data, or null before the first start seeded it. */
export function readMaster(db: Database.Database): MasterParts | null {
  const rows = new Map(prepared<[], [string, string]>(db, 'SELECT name, json FROM master_part').raw().all());
  if (rows.size === 0) return null;
  const part = <K extends keyof MasterParts>(name: K): MasterParts[K] => {
    const json = rows.get(name);
    if (json === undefined) throw new Error(`master data part ${name} is seeded at start`);
    return PARTS[name].parse(JSON.parse(json)) as MasterParts[K];
  };
  return {
    data: part('data'),
    deadlineProfiles: part('deadlineProfiles'),
    holidays: part('holidays'),
    wordlists: part('wordlists'),
  };
}
