import type Database from 'better-sqlite3';
import type { Method } from '../../../shared/index.ts';
import { CoreError, type Handlers } from '../api/dispatch.ts';
import { requireOperation, scopeOf } from '../auth/access.ts';
import { applyMany } from '../complaints/apply-many.ts';
import { applyToComplaint } from '../complaints/apply.ts';
import { getComplaint } from '../complaints/get.ts';
import { countComplaints, listComplaints } from '../complaints/list.ts';
import { actorOf } from './actor.ts';

type ComplaintMethod = Extract<Method, `complaints.${string}`>;

/**
 * The inbox as the signed-in user may see it: a penghubung's list, count, detail and operations reach
 * only their own dinas's items; each operation also needs the role's permission for it.
 */
export function complaintHandlers(db: Database.Database): Pick<Handlers, ComplaintMethod> {
  return {
    'complaints.list': (query, { user }) => listComplaints(db, query, scopeOf(user)),
    'complaints.count': (filters, { user }) => countComplaints(db, filters, scopeOf(user)),
    'complaints.get': ({ id }, { user }) => {
      const detail = getComplaint(db, id, scopeOf(user));
      if (!detail) throw new CoreError('not_found', `No complaint with id ${id}`);
      return detail;
    },
    'complaints.apply': ({ complaintId, operation }, ctx) => {
      requireOperation(ctx.user, operation.name);
      return applyToComplaint(db, actorOf(ctx), complaintId, operation, scopeOf(ctx.user));
    },
    'complaints.applyMany': ({ complaintIds, operation }, ctx) => {
      requireOperation(ctx.user, operation.name);
      return applyMany(db, actorOf(ctx), complaintIds, operation, scopeOf(ctx.user));
    },
  };
}
