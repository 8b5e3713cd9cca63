import type Database from 'better-sqlite3';
import {
  DEADLINE_STAGES,
  type DeadlineProfileInput,
  type HolidayAdjustment,
  type SyncedMaster,
  type User,
} from '../../../shared/index.ts';
import { recomputeDue } from '../deadlines/recompute.ts';
import { readProfiles, changingDeadlineRules } from '../deadlines/rules.ts';
import { seedMasterData } from '../master/seed.ts';

/**
 * Master data as the hub has it: city, kecamatan, dinas and categories through the seeding writer (which
 * keeps entries the hub dropped: complaints may still point at them), people, and the deadline rules.
 * Runs inside the pull page's transaction.
 */
export function applyMaster(db: Database.Database, master: SyncedMaster, at: string): void {
  seedMasterData(db, master.data);
  for (const user of master.users) upsertHubUser(db, user, at, null);
  applyDeadlineRules(db, master.deadlineProfiles, master.holidays);
}

/**
 * People are matched by id; a local password hash is kept (offline sign-in needs it). Someone new to
 * this desk gets no usable password ('!' never verifies) until a hash verified by the hub is stored (the
 * person who connects the desk: passwordHash). A local account
 * with the same username but another id (made before the desk was connected) takes the hub's id, its
 * sessions with it; foreign keys are checked at commit so both moves count as one.
 */
export function upsertHubUser(
  db: Database.Database,
  user: User,
  at: string,
  passwordHash: string | null,
): void {
  const local = db
    .prepare<[string, string], string>('SELECT id FROM app_user WHERE username = ? AND id <> ?')
    .pluck()
    .get(user.username, user.id);
  if (local !== undefined) {
    db.pragma('defer_foreign_keys = ON');
    db.prepare('UPDATE app_user SET id = ? WHERE id = ?').run(user.id, local);
    db.prepare('UPDATE app_session SET user_id = ? WHERE user_id = ?').run(user.id, local);
  }
  db.prepare(
    `INSERT INTO app_user (id, username, display_name, role, dinas_id, password_hash, active, is_demo,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ifnull(?, '!'), ?, 0, ?, ?)
     ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name,
       role = excluded.role, dinas_id = excluded.dinas_id, active = excluded.active,
       password_hash = ifnull(?, password_hash), updated_at = excluded.updated_at`,
  ).run(
    user.id,
    user.username,
    user.displayName,
    user.role,
    user.dinasId,
    passwordHash,
    user.active ? 1 : 0,
    at,
    at,
    passwordHash,
  );
}

/** Replaces the deadline rules when they differ, and moves the open clocks (only then: 100k items). */
function applyDeadlineRules(
  db: Database.Database,
  profiles: readonly DeadlineProfileInput[],
  holidays: readonly HolidayAdjustment[],
): void {
  // Every due time falls back to the city's clock for its stage: rules without one would break them all.
  const complete = DEADLINE_STAGES.every((s) => profiles.some((p) => p.categoryId === null && p.stage === s));
  if (!complete) return;
  const key = (p: DeadlineProfileInput) => `${p.categoryId ?? ''}|${p.stage}|${p.amount}|${p.unit}`;
  const localProfiles = readProfiles(db).map(key).sort().join(';');
  const localHolidays = db
    .prepare<[], HolidayAdjustment>('SELECT date, kind, note FROM holiday_adjustment ORDER BY date')
    .all();
  const hubHolidays = [...holidays].sort((a, b) => a.date.localeCompare(b.date));
  if (
    localProfiles === profiles.map(key).sort().join(';') &&
    JSON.stringify(localHolidays) === JSON.stringify(hubHolidays)
  ) {
    return;
  }
  changingDeadlineRules(db, () => {
    db.prepare('DELETE FROM deadline_profile').run();
    const profile = db.prepare(
      'INSERT INTO deadline_profile (category_id, stage, amount, unit) VALUES (?, ?, ?, ?)',
    );
    for (const p of profiles) profile.run(p.categoryId, p.stage, p.amount, p.unit);
    db.prepare('DELETE FROM holiday_adjustment').run();
    const holiday = db.prepare('INSERT INTO holiday_adjustment (date, kind, note) VALUES (?, ?, ?)');
    for (const h of hubHolidays) holiday.run(h.date, h.kind, h.note);
    recomputeDue(db, '1 = 1', []);
  });
}
