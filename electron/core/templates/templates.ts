import type Database from 'better-sqlite3';
import { strictAssert, type ResponseTemplate, type ResponseTemplateInput } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import type { Actor } from '../complaints/apply.ts';
import { auditSetting } from '../deadlines/audit.ts';

const COLUMNS = 'id, category_id AS categoryId, title, body, updated_at AS updatedAt';

const readOne = (db: Database.Database, id: number): ResponseTemplate | undefined =>
  db.prepare<[number], ResponseTemplate>(`SELECT ${COLUMNS} FROM response_template WHERE id = ?`).get(id);

/** A category's own templates first, then those for any category; every template when none is named. */
export function listTemplates(db: Database.Database, categoryId: string | undefined): ResponseTemplate[] {
  if (categoryId === undefined) {
    return db
      .prepare<[], ResponseTemplate>(
        `SELECT ${COLUMNS} FROM response_template ORDER BY category_id IS NOT NULL, category_id, id`,
      )
      .all();
  }
  return db
    .prepare<[string], ResponseTemplate>(
      `SELECT ${COLUMNS} FROM response_template WHERE category_id = ? OR category_id IS NULL
       ORDER BY category_id IS NULL, id`,
    )
    .all(categoryId);
}

const INSERT = 'INSERT INTO response_template (category_id, title, body, updated_at) VALUES (?, ?, ?, ?)';
const UPDATE =
  'UPDATE response_template SET category_id = ?, title = ?, body = ?, updated_at = ? WHERE id = ?';

/** What the audit log keeps of a template. */
const audited = (t: Pick<ResponseTemplate, 'categoryId' | 'title' | 'body'>) => ({
  categoryId: t.categoryId,
  title: t.title,
  body: t.body,
});

/** Adds a template (no id) or changes one; audited like every settings change. */
export function saveTemplate(
  db: Database.Database,
  who: Actor,
  input: ResponseTemplateInput,
): ResponseTemplate {
  return db
    .transaction(() => {
      const { id, categoryId, title, body } = input;
      if (
        categoryId !== null &&
        db.prepare('SELECT 1 FROM category WHERE id = ?').get(categoryId) === undefined
      ) {
        throw new CoreError('invalid_operation', `Unknown category: ${categoryId}`);
      }
      const before = id === undefined ? undefined : readOne(db, id);
      if (id !== undefined && before === undefined) {
        throw new CoreError('not_found', `No response template with id ${id}`);
      }
      const at = new Date().toISOString();
      let savedId = id;
      if (savedId === undefined) {
        savedId = Number(db.prepare(INSERT).run(categoryId, title, body, at).lastInsertRowid);
      } else {
        db.prepare(UPDATE).run(categoryId, title, body, at, savedId);
      }
      auditSetting(db, who, {
        operation: 'templates.save',
        entityType: 'response_template',
        entityId: String(savedId),
        before: before ? audited(before) : {},
        after: audited(input),
      });
      const saved = readOne(db, savedId);
      strictAssert(saved, 'the template just saved exists');
      return saved;
    })
    .immediate();
}

export function deleteTemplate(db: Database.Database, who: Actor, id: number): { id: number } {
  return db
    .transaction(() => {
      const before = readOne(db, id);
      if (!before) throw new CoreError('not_found', `No response template with id ${id}`);
      db.prepare('DELETE FROM response_template WHERE id = ?').run(id);
      auditSetting(db, who, {
        operation: 'templates.delete',
        entityType: 'response_template',
        entityId: String(id),
        before: audited(before),
        after: {},
      });
      return { id };
    })
    .immediate();
}
