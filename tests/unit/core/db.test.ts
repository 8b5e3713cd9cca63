import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/api/dispatch.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations/index.ts';
import { readMasterData } from '../../../electron/core/master/read.ts';
import { seedMasterData, shippedMasterData } from '../../../electron/core/master/seed.ts';
import { tempDb, tempDir } from './helpers.ts';

describe('openDatabase', () => {
  it('migrates an empty file to the newest version with the expected tables', () => {
    const { db } = tempDb();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    for (const t of [
      'complaint',
      'complaint_fts',
      'outbox',
      'audit_event',
      'note',
      'response',
      'sync_state',
    ]) {
      expect(tables).toContain(t);
    }
  });

  it('runs durable: WAL, synchronous FULL, foreign keys on', () => {
    const { db } = tempDb();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('keeps the client id across reopenings', () => {
    const { db, file } = tempDb();
    const clientId = (d: Database.Database) =>
      d.prepare("SELECT value FROM sync_state WHERE key = 'client_id'").pluck().get();
    const first = clientId(db);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    db.close();
    const reopened = openDatabase(file);
    expect(clientId(reopened)).toBe(first);
    reopened.close();
  });

  it('refuses a database from a newer Saring and leaves its bytes unchanged', () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);

    let error: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).code).toBe('database_newer');
    expect((error as CoreError).message).toContain(`version ${LATEST_VERSION + 1}`);
    expect((error as CoreError).message).toContain('update Saring');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});

describe('master data', () => {
  it('is seeded from the shipped file, in its order', () => {
    const { db } = tempDb();
    expect(readMasterData(db)).toEqual(shippedMasterData());
  });

  it('takes later edits of the file and keeps entries the file dropped', () => {
    const { db } = tempDb();
    const shipped = shippedMasterData();
    const [first, ...rest] = shipped.dinas;
    seedMasterData(db, { ...shipped, dinas: [...rest, { ...first!, shortName: 'PUPR baru' }] });
    const dinas = readMasterData(db).dinas;
    expect(dinas.find((d) => d.id === first!.id)?.shortName).toBe('PUPR baru');
    expect(dinas.at(-1)?.id).toBe(first!.id);
    expect(dinas).toHaveLength(shipped.dinas.length);
  });
});
