import type Database from 'better-sqlite3';

/** Compiled statements per connection, by SQL text. Only fixed SQL goes here, so the map stays small. */
const compiled = new WeakMap<Database.Database, Map<string, Database.Statement<unknown[], unknown>>>();

/**
 * `db.prepare(sql)` compiled once per connection. Compiling is most of the cost of a small write: the
 * operation path (apply, outbox, audit, clock) runs a dozen statements per item, thousands of items per
 * second in a bulk action. The statement comes back in its default mode (no pluck/raw/expand), as a fresh
 * one would; one still running an iterator is never handed out twice.
 */
export function prepared<P extends unknown[] = unknown[], R = unknown>(
  db: Database.Database,
  sql: string,
): Database.Statement<P, R> {
  let statements = compiled.get(db);
  if (statements === undefined) {
    statements = new Map();
    compiled.set(db, statements);
  }
  let statement = statements.get(sql);
  if (statement === undefined || statement.busy) {
    statement = db.prepare<unknown[], unknown>(sql);
    statements.set(sql, statement);
  } else if (statement.reader) {
    statement.raw(false).pluck(false).expand(false);
  }
  // The SQL text fixes what a statement binds and returns, so the caller's types hold for the cached one.
  return statement as unknown as Database.Statement<P, R>;
}
