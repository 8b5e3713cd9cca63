import type Database from 'better-sqlite3';
import type { Role, User } from '../../../shared/index.ts';

/** app_user's columns as the User type names them, over `app_user u`. */
export const USER_COLUMNS = `u.id, u.username, u.display_name AS displayName, u.role, u.dinas_id AS dinasId,
  u.active`;

export type UserRecord = Omit<User, 'active'> & { active: 0 | 1 };

export const toUser = ({ active, ...rest }: UserRecord): User => ({ ...rest, active: active === 1 });

export function listUsers(db: Database.Database): User[] {
  return db
    .prepare<[], UserRecord>(`SELECT ${USER_COLUMNS} FROM app_user u ORDER BY u.role, u.username`)
    .all()
    .map(toUser);
}

export function userById(db: Database.Database, id: string): User | null {
  const record = db
    .prepare<[string], UserRecord>(`SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = ?`)
    .get(id);
  return record ? toUser(record) : null;
}

/** What sign-in needs: the user and the stored password hash. */
export function credentialsOf(
  db: Database.Database,
  username: string,
): { user: User; passwordHash: string } | null {
  const record = db
    .prepare<[string], UserRecord & { passwordHash: string }>(
      `SELECT ${USER_COLUMNS}, u.password_hash AS passwordHash FROM app_user u WHERE u.username = ?`,
    )
    .get(username);
  if (!record) return null;
  const { passwordHash, ...user } = record;
  return { user: toUser(user), passwordHash };
}

export const hasUsers = (db: Database.Database): boolean =>
  db.prepare('SELECT 1 FROM app_user LIMIT 1').get() !== undefined;

export type NewUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  dinasId: string | null;
  active: boolean;
  passwordHash: string;
  isDemo: boolean;
};

export function insertUser(db: Database.Database, user: NewUser, at: string): void {
  db.prepare(
    `INSERT INTO app_user (id, username, display_name, role, dinas_id, password_hash, active, is_demo,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    user.id,
    user.username,
    user.displayName,
    user.role,
    user.dinasId,
    user.passwordHash,
    user.active ? 1 : 0,
    user.isDemo ? 1 : 0,
    at,
    at,
  );
}
