import type Database from 'better-sqlite3';
import type { Method } from '../../../shared/index.ts';
import { CoreError, type Handlers } from '../api/dispatch.ts';
import { scopeOf } from '../auth/access.ts';
import { getConflict, listConflicts, listRejected } from '../sync/conflicts.ts';
import { connectHub } from '../sync/connect.ts';
import type { SyncRunner } from '../sync/runner.ts';
import { hubConnection, isOffline, writeKey } from '../sync/state.ts';
import { syncStatus } from '../sync/status.ts';
import { actorOf } from './actor.ts';

type SyncMethod = Extract<Method, `sync.${string}` | `conflicts.${string}`>;

/** Sync with the hub as the desk controls it; conflicts are resolved through complaints.apply. */
export function syncHandlers(
  db: Database.Database,
  runner: SyncRunner,
  fetchImpl?: typeof fetch,
): Pick<Handlers, SyncMethod> {
  const status = () => syncStatus(db, runner.view());
  const refuseOffline = (): void => {
    if (isOffline(db)) {
      throw new CoreError('invalid_operation', '"Kerja offline" is on: switch it off to reach the hub');
    }
  };
  return {
    'sync.status': status,
    'sync.setOffline': async ({ offline }) => {
      db.transaction(() => writeKey(db, 'offline', offline ? '1' : null)).immediate();
      if (offline) await runner.stop();
      else runner.start();
      return status();
    },
    'sync.connect': async (input, ctx) => {
      refuseOffline();
      await connectHub(db, actorOf(ctx), input, fetchImpl);
      runner.start();
      return status();
    },
    'sync.now': async () => {
      refuseOffline();
      if (hubConnection(db) === null)
        throw new CoreError('invalid_operation', 'This desk is not connected to a hub');
      runner.start();
      await runner.syncNow();
      return status();
    },
    'sync.rejected': (_, { user }) => listRejected(db, scopeOf(user)),
    'conflicts.list': ({ status: wanted }) => listConflicts(db, wanted),
    'conflicts.get': ({ id }) => {
      const conflict = getConflict(db, id);
      if (!conflict) throw new CoreError('not_found', `No conflict with id ${id}`);
      return conflict;
    },
  };
}
