import type Database from 'better-sqlite3';
import type { Method } from '../../../shared/index.ts';
import type { Handlers } from '../api/dispatch.ts';
import { actorOf } from './actor.ts';
import { deleteHoliday, saveHoliday } from '../deadlines/holiday-settings.ts';
import { deleteProfile, saveProfile } from '../deadlines/profile-settings.ts';
import { deadlineSettings } from '../deadlines/settings.ts';

type DeadlineMethod = Extract<Method, `deadlines.${string}`>;

/** The admin's deadline settings (only roles with settings.manage reach them, see shared/api/access.ts). */
export function deadlineHandlers(db: Database.Database): Pick<Handlers, DeadlineMethod> {
  return {
    'deadlines.get': ({ year }) => deadlineSettings(db, year),
    'deadlines.saveProfile': (input, ctx) => saveProfile(db, actorOf(ctx), input),
    'deadlines.deleteProfile': (key, ctx) => deleteProfile(db, actorOf(ctx), key),
    'deadlines.saveHoliday': (input, ctx) => saveHoliday(db, actorOf(ctx), input),
    'deadlines.deleteHoliday': ({ date }, ctx) => deleteHoliday(db, actorOf(ctx), date),
  };
}
