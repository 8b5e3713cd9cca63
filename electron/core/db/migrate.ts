import type Database from 'better-sqlite3';
import { strictAssert } from '../../../shared/index.ts';
import type { Migration } from './migrations/types.ts';

export function userVersion(db: Database.Database): number {
  const version = db.pragma('user_version', { simple: true });
  strictAssert(typeof version === 'number', 'user_version is a number');
  return version;
}

/**
 * Brings the schema up to the newest migration. Each step runs in its own transaction together with the
 * user_version bump, so a crash leaves the database at a whole version, never between two.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => strictAssert(m.version === i + 1, `migration ${m.name} is number ${i + 1}`));
  const current = userVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
