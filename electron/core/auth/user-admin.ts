import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AuditValues, User, UserSaveInput } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import type { Actor } from '../complaints/apply.ts';
import { auditUserEvent } from './audit.ts';
import { hashPassword } from './password.ts';
import { endSessionsOf } from './sessions.ts';
import { insertUser, userById } from './users.ts';

const EDITABLE = ['displayName', 'role', 'dinasId', 'active'] as const;

/** The fields that differ, before and after, plus whether the password was reset (never the password). */
function changes(
  before: User | null,
  after: User,
  passwordReset: boolean,
): { before: AuditValues; after: AuditValues } {
  const diff = { before: {} as AuditValues, after: {} as AuditValues };
  for (const field of EDITABLE) {
    if (before !== null && before[field] === after[field]) continue;
    if (before !== null) diff.before[field] = before[field];
    diff.after[field] = after[field];
  }
  if (before === null) diff.after.username = after.username;
  if (passwordReset && before !== null) diff.after.passwordReset = true;
  return diff;
}

function checkDinas(db: Database.Database, dinasId: string | null): void {
  if (dinasId !== null && db.prepare('SELECT 1 FROM dinas WHERE id = ?').get(dinasId) === undefined) {
    throw new CoreError('invalid_operation', `No dinas ${dinasId}`);
  }
}

function writeUser(
  db: Database.Database,
  who: Actor,
  input: UserSaveInput,
  passwordHash: string | null,
): User {
  checkDinas(db, input.dinasId);
  const before = input.id === undefined ? null : userById(db, input.id);
  if (input.id !== undefined && before === null)
    throw new CoreError('not_found', `No user with id ${input.id}`);
  const after: User = {
    id: input.id ?? randomUUID(),
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    dinasId: input.dinasId,
    active: input.active,
  };
  const at = new Date().toISOString();
  if (before === null) {
    if (db.prepare('SELECT 1 FROM app_user WHERE username = ?').get(after.username) !== undefined) {
      throw new CoreError('conflict', `The username ${after.username} is taken`);
    }
    if (passwordHash === null) throw new CoreError('invalid_operation', 'A new user needs a password');
    insertUser(db, { ...after, passwordHash, isDemo: false }, at);
  } else {
    // The username is the name every audit event records: it stays what it was.
    if (before.username !== after.username) {
      throw new CoreError('invalid_operation', 'A username cannot be changed; create a new user instead');
    }
    db.prepare(
      `UPDATE app_user SET display_name = ?, role = ?, dinas_id = ?, active = ?, updated_at = ?,
         password_hash = coalesce(?, password_hash), is_demo = is_demo AND ? IS NULL
       WHERE id = ?`,
    ).run(
      after.displayName,
      after.role,
      after.dinasId,
      after.active ? 1 : 0,
      at,
      passwordHash,
      passwordHash,
      after.id,
    );
    if (passwordHash !== null || !after.active) endSessionsOf(db, after.id);
  }
  const activeAdmins = db
    .prepare("SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1")
    .pluck()
    .get();
  if (activeAdmins === 0) throw new CoreError('conflict', 'The desk must keep at least one active admin');
  const operation = before === null ? 'user_create' : 'user_update';
  auditUserEvent(db, {
    ...who,
    operation,
    userId: after.id,
    ...changes(before, after, passwordHash !== null),
  });
  return after;
}

/** Creates a user or changes one (role, dinas, active, password reset); the admin's change is audited. */
export async function saveUser(db: Database.Database, who: Actor, input: UserSaveInput): Promise<User> {
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return db.transaction(() => writeUser(db, who, input, passwordHash)).immediate();
}
