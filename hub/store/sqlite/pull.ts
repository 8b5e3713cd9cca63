import type Database from 'better-sqlite3';
import { prepared } from '../../../electron/core/db/statements.ts';
import type { SyncedEvent, SyncedMaster } from '../../../shared/index.ts';
import type { PullPage } from '../types.ts';
import { allUsers } from './accounts.ts';
import { CONFLICT_COLUMNS, toConflict } from './conflicts.ts';
import { readMeta } from './db.ts';
import { readMaster } from './master.ts';
import { lastClientSeq } from './push.ts';

/** Every table a pull reads; master_part and hub_user together make the master data. */
const SOURCES = [
  'complaint',
  'complaint_event',
  'note',
  'response',
  'conflict',
  'master_part',
  'hub_user',
] as const;

/**
 * The last version of this page. Up to limit+1 changed versions are read from each table (by index) and
 * merged: every version below the (limit+1)-th row fits. A single version bigger than the limit (one
 * ingest batch) is sent whole: a page never ends inside a version, so a resumed pull skips nothing.
 */
function pageEnd(db: Database.Database, cursor: number, limit: number, head: number): number {
  const versions = SOURCES.flatMap((table) =>
    prepared<[number, number], number>(
      db,
      `SELECT version FROM ${table} WHERE version > ? ORDER BY version LIMIT ?`,
    )
      .pluck()
      .all(cursor, limit + 1),
  ).sort((a, b) => a - b);
  const first = versions[limit];
  if (first === undefined) return head;
  return first - 1 > cursor ? first - 1 : first;
}

/** The complaints that rows in the page's range are about (see pullPage). */
const REFERENCING = ['complaint_event', 'note', 'response', 'conflict'];
const REFERENCED = REFERENCING.map(
  (table) => `SELECT complaint_id FROM ${table} WHERE version > @from AND version <= @to`,
).join(' UNION ');

/**
 * Which complaints a desk gets: all, or for a penghubung's (@dinas) those with their dinas now and those a
 * change in the page took away from it, so that desk learns the item left and stops showing it.
 */
const IN_SCOPE = `(@dinas IS NULL OR c.dinas_id = @dinas OR c.id IN (SELECT complaint_id FROM complaint_event
  WHERE version > @from AND version <= @to AND json_extract(before_json, '$.dinasId') = @dinas))`;

/**
 * Items a change in the page brought into a penghubung's dinas. Their desk never had them, and its cursor
 * has passed their earlier history: that comes with this page (a desk keeps every row once).
 */
const ENTERED = `SELECT complaint_id FROM complaint_event WHERE version > @from AND version <= @to
  AND json_extract(after_json, '$.dinasId') = @dinas
  AND coalesce(json_extract(before_json, '$.dinasId'), '') <> @dinas`;

type Range = { from: number; to: number; dinas: string | null };
type EventRecord = Omit<SyncedEvent, 'before' | 'after'> & { before: string; after: string };

/** A table's rows for the page, in version order: the history of items that entered the scope first. */
function between<R>(db: Database.Database, range: Range, table: string, columns: string): R[] {
  const inRange = prepared<[Range], R>(
    db,
    `SELECT ${columns} FROM ${table} WHERE version > @from AND version <= @to
       AND (@dinas IS NULL OR complaint_id IN (SELECT c.id FROM complaint c WHERE ${IN_SCOPE})) ORDER BY version`,
  );
  if (range.dinas === null) return inRange.all(range);
  const history = prepared<[Range], R>(
    db,
    `SELECT ${columns} FROM ${table} WHERE version <= @from AND complaint_id IN (${ENTERED}) ORDER BY version`,
  );
  return [...history.all(range), ...inRange.all(range)];
}

/**
 * One page read in one transaction (one snapshot), serialised as it goes: complaints are stored as JSON.
 * `dinasId` scopes it to a penghubung's items (IN_SCOPE); the page still ends where an unscoped one would.
 */
export function pullPage(
  db: Database.Database,
  clientId: string,
  cursor: number,
  limit: number,
  dinasId: string | null,
): PullPage {
  return db.transaction((): PullPage => {
    const { epoch, version: head } = readMeta(db);
    const end = pageEnd(db, cursor, limit, head);
    const range: Range = { from: cursor, to: end, dinas: dinasId };
    // A page is complete: the complaints its events, notes, responses and conflicts are about come with
    // it, even when changed again after `end` (a desktop drops rows about an item it does not have).
    const complaints = prepared<[Range], string>(
      db,
      `SELECT doc FROM complaint c WHERE ((c.version > @from AND c.version <= @to) OR c.id IN (${REFERENCED}))
       AND ${IN_SCOPE} ORDER BY c.version`,
    )
      .pluck()
      .all(range);
    const events = between<EventRecord>(
      db,
      range,
      'complaint_event',
      `id, complaint_id AS complaintId, op_id AS opId, at, actor, device, operation, before_json AS before,
       after_json AS after, note`,
    ).map((e) => ({ ...e, before: JSON.parse(e.before) as object, after: JSON.parse(e.after) as object }));
    const notes = between(
      db,
      range,
      'note',
      'id, complaint_id AS complaintId, text, actor, created_at AS createdAt',
    );
    const responses = between<
      Record<string, unknown> & { evidence: string; isPublic: number; needsReview: number }
    >(
      db,
      range,
      'response',
      `id, complaint_id AS complaintId, text, responded_at AS respondedAt, is_public AS isPublic,
       evidence_json AS evidence, dinas_id AS dinasId, actor, created_at AS createdAt, needs_review AS needsReview`,
    ).map((r) => ({
      ...r,
      isPublic: r.isPublic === 1,
      evidence: JSON.parse(r.evidence) as string[],
      needsReview: r.needsReview === 1,
    }));
    const conflicts = between<Parameters<typeof toConflict>[0]>(db, range, 'conflict', CONFLICT_COLUMNS).map(
      toConflict,
    );
    const masterChanged = SOURCES.slice(5).some(
      (table) =>
        prepared<[number, number], number>(
          db,
          `SELECT 1 FROM ${table} WHERE version > ? AND version <= ? LIMIT 1`,
        )
          .pluck()
          .get(cursor, end) !== undefined,
    );
    const parts = masterChanged ? readMaster(db) : null;
    const master: SyncedMaster | null = parts && { ...parts, users: allUsers(db) };
    const json =
      `{"hubEpoch":${JSON.stringify(epoch)},"cursor":${end},"headVersion":${head},"more":${end < head},` +
      `"lastClientSeq":${lastClientSeq(db, clientId)},"complaints":[${complaints.join(',')}],` +
      `"events":${JSON.stringify(events)},"notes":${JSON.stringify(notes)},` +
      `"responses":${JSON.stringify(responses)},"conflicts":${JSON.stringify(conflicts)},` +
      `"master":${JSON.stringify(master)}}`;
    return { json, cursor: end, more: end < head, headVersion: head };
  })();
}
