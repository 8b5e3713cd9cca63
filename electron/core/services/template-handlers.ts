import type Database from 'better-sqlite3';
import type { Method } from '../../../shared/index.ts';
import type { Handlers } from '../api/dispatch.ts';
import { deleteTemplate, listTemplates, saveTemplate } from '../templates/templates.ts';
import { actorOf } from './actor.ts';

type TemplateMethod = Extract<Method, `templates.${string}`>;

/** Canned responses: everyone who answers reads them; admins edit them (see shared/api/access.ts). */
export function templateHandlers(db: Database.Database): Pick<Handlers, TemplateMethod> {
  return {
    'templates.list': ({ categoryId }) => listTemplates(db, categoryId),
    'templates.save': (input, ctx) => saveTemplate(db, actorOf(ctx), input),
    'templates.delete': ({ id }, ctx) => deleteTemplate(db, actorOf(ctx), id),
  };
}
