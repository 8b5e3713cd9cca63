import type Database from 'better-sqlite3';

/** One schema step. Never edit a migration once it has shipped: add the next number instead. */
export type Migration = {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
};
