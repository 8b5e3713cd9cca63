import type Database from 'better-sqlite3';
import { CoreError, type Handlers } from '../api/dispatch.ts';
import { applyToComplaint, type Actor } from '../complaints/apply.ts';
import { getComplaint } from '../complaints/get.ts';
import { countComplaints, listComplaints } from '../complaints/list.ts';
import { readMasterData } from '../master/read.ts';
import { appInfo } from './app-info.ts';

/** The contract's methods over one open database, acting as one person on one device. */
export function createHandlers(db: Database.Database, who: Actor): Handlers {
  return {
    'app.info': () => appInfo(db, who),
    'master.get': () => readMasterData(db),
    'complaints.list': (query) => listComplaints(db, query),
    'complaints.count': (filters) => countComplaints(db, filters),
    'complaints.get': ({ id }) => {
      const detail = getComplaint(db, id);
      if (!detail) throw new CoreError('not_found', `No complaint with id ${id}`);
      return detail;
    },
    'complaints.apply': ({ complaintId, operation }) => applyToComplaint(db, who, complaintId, operation),
  };
}
