import type Database from 'better-sqlite3';
import type { Method } from '../../../shared/index.ts';
import { CoreError, type Handlers } from '../api/dispatch.ts';
import { scopeOf } from '../auth/access.ts';
import { clusterCache } from '../flags/cluster-cache.ts';
import { withMembers } from '../flags/cluster-members.ts';
import { recordFeedback, requireVisible } from '../flags/feedback.ts';
import { currentLists, saveLists } from '../flags/lists-store.ts';
import { flagStatus, modelInfo } from '../flags/status.ts';
import { readFlagDetail } from '../flags/store.ts';
import type { FlagWork } from '../flags/work.ts';

type FlagMethod = Extract<Method, `flags.${string}`>;

/**
 * Automatic flags on the desk: reading them, the moderators' agree/disagree, clusters, and the admins'
 * model and word lists. Everything heavy goes to `work` (a worker thread in the app); these answer from
 * what is stored, so no call waits for scoring.
 */
export function flagHandlers(db: Database.Database, work: FlagWork): Pick<Handlers, FlagMethod> {
  const clusters = clusterCache(work);
  return {
    'flags.get': ({ id }, { user }) => {
      requireVisible(db, id, scopeOf(user));
      return readFlagDetail(db, id, user.username);
    },
    'flags.feedback': (input, { user }) => {
      requireVisible(db, input.complaintId, scopeOf(user));
      recordFeedback(db, input, user.username);
      work.nudge();
      return readFlagDetail(db, input.complaintId, user.username);
    },
    'flags.status': () => flagStatus(db, work),
    'flags.clusters': async ({ refresh }) => withMembers(db, await clusters(refresh)),
    'flags.model': () => modelInfo(db),
    'flags.train': async () => {
      const version = await work.train();
      if (version === null) throw new CoreError('invalid_input', 'Too few verdicts to learn from yet');
      return modelInfo(db);
    },
    'flags.lists.get': () => currentLists(db),
    'flags.lists.save': (input, { user }) => {
      const saved = saveLists(db, input, user.username);
      // Open items are scored again with the new lists, in the background.
      work.nudge();
      return saved;
    },
  };
}
