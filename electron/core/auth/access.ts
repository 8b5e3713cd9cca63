import {
  permissionForOperation,
  hasPermission,
  strictAssert,
  type OperationName,
  type User,
} from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { EVERYTHING, type Scope } from '../complaints/scope.ts';

/** A penghubung sees only their own dinas's items; every other role sees all. */
export function scopeOf(user: User): Scope {
  if (user.role !== 'penghubung') return EVERYTHING;
  strictAssert(user.dinasId !== null, 'a penghubung has a dinas (app_user CHECK)');
  return { onlyDinasId: user.dinasId };
}

/** Each operation's own permission, on top of the method's (see shared/api/access.ts). */
export function requireOperation(user: User, name: OperationName): void {
  if (!hasPermission(user.role, permissionForOperation(name))) {
    throw new CoreError('forbidden', `The role ${user.role} may not ${name}`);
  }
}
