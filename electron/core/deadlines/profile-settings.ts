import type Database from 'better-sqlite3';
import type {
  DeadlineChange,
  DeadlineProfileInput,
  DeadlineStage,
  DeadlineUnit,
} from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import type { Actor } from '../complaints/apply.ts';
import { auditSetting } from './audit.ts';
import { recomputeDue } from './recompute.ts';
import { changingDeadlineRules } from './rules.ts';
import { statusesIn } from './stage.ts';

type Key = { categoryId: string | null; stage: DeadlineStage };
type Clock = { amount: number; unit: DeadlineUnit };

// ifnull(category_id, '') is the expression of the unique index deadline_profile_key.
const READ = `SELECT amount, unit FROM deadline_profile WHERE ifnull(category_id, '') = ? AND stage = ?`;
const UPSERT = `INSERT INTO deadline_profile (category_id, stage, amount, unit) VALUES (?, ?, ?, ?)
  ON CONFLICT (ifnull(category_id, ''), stage) DO UPDATE SET amount = excluded.amount, unit = excluded.unit`;
const DELETE = `DELETE FROM deadline_profile WHERE category_id = ? AND stage = ?`;

const readClock = (db: Database.Database, key: Key): Clock | undefined =>
  db.prepare<[string, DeadlineStage], Clock>(READ).get(key.categoryId ?? '', key.stage);

const entityId = (key: Key): string => `${key.categoryId ?? 'kota'}/${key.stage}`;

/** The open items whose clock this profile sets: in its stage and, for a category's own, of that category. */
function recomputeFor(db: Database.Database, key: Key): number {
  const statuses = statusesIn(key.stage);
  const inStage = `c.status IN (${statuses.map(() => '?').join(', ')})`;
  const rules = { kind: 'clock', stage: key.stage, categoryId: key.categoryId } as const;
  return key.categoryId === null
    ? recomputeDue(db, inStage, statuses, rules)
    : recomputeDue(db, `${inStage} AND c.category_id = ?`, [...statuses, key.categoryId], rules);
}

/** Sets the clock of a stage for a category (or the city); open items of it get their new due time. */
export function saveProfile(db: Database.Database, who: Actor, input: DeadlineProfileInput): DeadlineChange {
  return changingDeadlineRules(db, () =>
    db
      .transaction(() => {
        const { categoryId, stage, amount, unit } = input;
        if (
          categoryId !== null &&
          db.prepare('SELECT 1 FROM category WHERE id = ?').get(categoryId) === undefined
        ) {
          throw new CoreError('invalid_operation', `Unknown category: ${categoryId}`);
        }
        const before = readClock(db, input);
        db.prepare(UPSERT).run(categoryId, stage, amount, unit);
        auditSetting(db, who, {
          operation: 'deadlines.saveProfile',
          entityType: 'deadline_profile',
          entityId: entityId(input),
          before: before ?? {},
          after: { amount, unit },
        });
        return { recomputed: recomputeFor(db, input) };
      })
      .immediate(),
  );
}

/** Removes a category's own clock: its items fall back to the city default. */
export function deleteProfile(db: Database.Database, who: Actor, key: Key): DeadlineChange {
  if (key.categoryId === null) {
    throw new CoreError(
      'invalid_operation',
      `The city default ${key.stage} deadline cannot be deleted; change its length instead`,
    );
  }
  return changingDeadlineRules(db, () =>
    db
      .transaction(() => {
        const before = readClock(db, key);
        if (!before)
          throw new CoreError('not_found', `No ${key.stage} deadline of its own for ${key.categoryId}`);
        db.prepare(DELETE).run(key.categoryId, key.stage);
        auditSetting(db, who, {
          operation: 'deadlines.deleteProfile',
          entityType: 'deadline_profile',
          entityId: entityId(key),
          before,
          after: {},
        });
        return { recomputed: recomputeFor(db, key) };
      })
      .immediate(),
  );
}
