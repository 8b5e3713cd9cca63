import type Database from 'better-sqlite3';
import type { AppInfo } from '../../../shared/index.ts';
import pkg from '../../../package.json' with { type: 'json' };
import { readMasterData } from '../master/read.ts';

export function appInfo(db: Database.Database, device: string): AppInfo {
  const count = (sql: string): number => db.prepare<[], number>(sql).pluck().get() ?? 0;
  return {
    version: pkg.version,
    cityName: readMasterData(db).city.name,
    hasDemoData: count('SELECT EXISTS (SELECT 1 FROM complaint WHERE is_demo = 1)') === 1,
    complaintCount: count('SELECT count(*) FROM complaint'),
    device,
  };
}
