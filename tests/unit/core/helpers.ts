import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import type { IngestItem, Operation } from '../../../shared/index.ts';
import { CoreError } from '../../../electron/core/api/dispatch.ts';
import { applyToComplaint, type Actor } from '../../../electron/core/complaints/apply.ts';
import { insertComplaints } from '../../../electron/core/complaints/insert.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { seedMasterData, shippedMasterData } from '../../../electron/core/master/seed.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A fresh directory removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'saring-core-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A migrated database with the city's master data, closed and removed after the test. */
export function tempDb(): { db: Database.Database; file: string } {
  const file = path.join(tempDir(), 'saring.sqlite');
  const db = openDatabase(file);
  cleanups.unshift(() => db.open && db.close());
  seedMasterData(db, shippedMasterData());
  return { db, file };
}

export function item(n: number, patch: Partial<IngestItem> = {}): IngestItem {
  const minute = String(n % 60).padStart(2, '0');
  return {
    channel: 'instagram',
    externalId: `ig-${n}`,
    author: { handle: `@warga${n}` },
    text: `Keluhan nomor ${n}`,
    receivedAt: `2025-03-0${1 + (Math.floor(n / 60) % 9)}T10:${minute}:00+07:00`,
    ...patch,
  };
}

export function seeded(items: IngestItem[]): Database.Database {
  const { db } = tempDb();
  insertComplaints(db, items, { isDemo: false });
  return db;
}

export const idOf = (db: Database.Database, externalId: string): string => {
  const id = db
    .prepare<[string], string>('SELECT id FROM complaint WHERE external_id = ?')
    .pluck()
    .get(externalId);
  if (id === undefined) throw new Error(`no complaint ${externalId}`);
  return id;
};

/** Every row of every table that operations write, to prove that a refused call wrote nothing. */
export function snapshot(db: Database.Database): string {
  const tables = ['complaint', 'outbox', 'audit_event', 'note', 'response', 'sync_state', 'case_counter'];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
}

/** Applies an operation that core must refuse, proves nothing was written, and returns the refusal. */
export function refusal(db: Database.Database, who: Actor, id: string, op: Operation): CoreError {
  const before = snapshot(db);
  let error: unknown;
  try {
    applyToComplaint(db, who, id, op);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(CoreError);
  expect(snapshot(db)).toBe(before);
  return error as CoreError;
}
