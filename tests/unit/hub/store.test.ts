import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../../hub/store/sqlite/db.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'saring-hub-db-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the hub database', () => {
  it('runs WAL with synchronous=FULL and keeps its epoch', () => {
    const dir = tempDir();
    const db = openHubDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const epoch = db.prepare('SELECT epoch FROM hub_meta').pluck().get();
    db.close();
    const again = openHubDatabase(dir);
    expect(again.prepare('SELECT epoch FROM hub_meta').pluck().get()).toBe(epoch);
    again.close();
  });

  it('refuses a database from a newer hub and leaves it untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'hub.sqlite');
    const newer = new Database(file);
    newer.pragma('user_version = 99');
    newer.close();
    expect(() => openHubDatabase(dir)).toThrow(/schema version 99/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(99);
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
    check.close();
  });
});
