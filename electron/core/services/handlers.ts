import type Database from 'better-sqlite3';
import type { Handlers } from '../api/dispatch.ts';
import type { SignInThrottle } from '../auth/throttle.ts';
import { readMasterData } from '../master/read.ts';
import { queueSummary } from '../queue/summary.ts';
import { appInfo } from './app-info.ts';
import { auditHandlers } from './audit-handlers.ts';
import { authHandlers } from './auth-handlers.ts';
import { complaintHandlers } from './complaint-handlers.ts';
import { deadlineHandlers } from './deadline-handlers.ts';
import { flagHandlers } from './flag-handlers.ts';
import { inlineFlagWork, type FlagWork } from '../flags/work.ts';
import { reportHandlers } from './report-handlers.ts';
import { templateHandlers } from './template-handlers.ts';
import { syncHandlers } from './sync-handlers.ts';
import { syncRunner, type SyncRunner } from '../sync/runner.ts';

/**
 * The contract's methods over one open database; each call acts as the user its session belongs to.
 * `sync` is the desk's sync runner (openCore starts it); callers without one get a runner never started.
 * `flags` does flagging's heavy work (openCore: a worker thread); without it, on the caller's thread.
 */
export function createHandlers(
  db: Database.Database,
  throttle: SignInThrottle,
  sync: SyncRunner = syncRunner(db, { log: { error: () => {} } }),
  flags: FlagWork = inlineFlagWork(db),
): Handlers {
  return {
    'app.info': (_, { device }) => appInfo(db, device),
    'master.get': () => readMasterData(db),
    ...authHandlers(db, throttle),
    ...complaintHandlers(db),
    'queue.summary': () => queueSummary(db, Date.now()),
    ...auditHandlers(db),
    ...deadlineHandlers(db),
    ...templateHandlers(db),
    ...reportHandlers(db),
    ...syncHandlers(db, sync),
    ...flagHandlers(db, flags),
  };
}
