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
import { templateHandlers } from './template-handlers.ts';

/** The contract's methods over one open database; each call acts as the user its session belongs to. */
export function createHandlers(db: Database.Database, throttle: SignInThrottle): Handlers {
  return {
    'app.info': (_, { device }) => appInfo(db, device),
    'master.get': () => readMasterData(db),
    ...authHandlers(db, throttle),
    ...complaintHandlers(db),
    'queue.summary': () => queueSummary(db, Date.now()),
    ...auditHandlers(db),
    ...deadlineHandlers(db),
    ...templateHandlers(db),
  };
}
