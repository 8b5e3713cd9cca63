import type Database from 'better-sqlite3';
import { FlagLists } from '../../../shared/flagging/index.ts';
import type { FlagListsSave, FlagListsState } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { shippedLists } from '../flagging/lists.ts';

type ListsRecord = { version: number; listsJson: string; savedBy: string; savedAt: string };

const newest = (db: Database.Database) =>
  db
    .prepare<[], ListsRecord>(
      `SELECT version, lists_json AS listsJson, saved_by AS savedBy, saved_at AS savedAt
       FROM flag_lists ORDER BY version DESC LIMIT 1`,
    )
    .get();

/** Which version of the lists is in use (0: as shipped); cheap, so scorers ask it before each chunk. */
export const listsVersion = (db: Database.Database): number =>
  db.prepare<[], number>('SELECT coalesce(max(version), 0) FROM flag_lists').pluck().get() ?? 0;

/** The lists in use: the desk's newest save, or the shipped lists when an admin never saved any. */
export function currentLists(db: Database.Database): FlagListsState {
  const saved = newest(db);
  if (saved === undefined) return { version: 0, lists: shippedLists(), savedBy: null, savedAt: null };
  return {
    version: saved.version,
    lists: FlagLists.parse(JSON.parse(saved.listsJson)),
    savedBy: saved.savedBy,
    savedAt: saved.savedAt,
  };
}

/**
 * Saves the admin's edit as the next version. The edit names the version it started from, so two admins
 * editing at once cannot silently undo each other: the later save is refused and reloads.
 */
export function saveLists(db: Database.Database, input: FlagListsSave, actor: string): FlagListsState {
  return db.transaction(() => {
    const current = listsVersion(db);
    if (input.baseVersion !== current) {
      throw new CoreError(
        'conflict',
        `The word lists changed (now version ${current}, edited from ${input.baseVersion}): reload them`,
      );
    }
    db.prepare('INSERT INTO flag_lists (version, lists_json, saved_by, saved_at) VALUES (?, ?, ?, ?)').run(
      current + 1,
      JSON.stringify(input.lists),
      actor,
      new Date().toISOString(),
    );
    return currentLists(db);
  }).immediate();
}
