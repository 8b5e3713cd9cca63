import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Operation, renderTemplate, ResponseTemplateInput, type Input } from '../../../shared/index.ts';
import { CoreError } from '../../../electron/core/api/dispatch.ts';
import { applyToComplaint } from '../../../electron/core/complaints/apply.ts';
import { getComplaint } from '../../../electron/core/complaints/get.ts';
import { deleteTemplate, listTemplates, saveTemplate } from '../../../electron/core/templates/templates.ts';
import { idOf, item, refusal, seeded, snapshot } from './helpers.ts';

const WHO = { actor: 'rina', device: 'desk-1' };
const VERIFY: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
};

const column = (db: Database.Database, sql: string, id: string): unknown => db.prepare(sql).raw().get(id);

function addUser(db: Database.Database, active = true): string {
  const id = randomUUID();
  const at = new Date().toISOString();
  db.prepare(
    `INSERT INTO app_user (id, username, display_name, role, password_hash, active, created_at, updated_at)
     VALUES (?, ?, 'Rina', 'moderator', 'x', ?, ?, ?)`,
  ).run(id, `rina-${id.slice(0, 8)}`, active ? 1 : 0, at, at);
  return id;
}

const lastEvent = (db: Database.Database) =>
  db.prepare('SELECT operation, before_json, after_json, note FROM audit_event ORDER BY id DESC').raw().get();

describe('set_lapor', () => {
  it('stores the tracking number and the mark under their own version group', () => {
    const db = seeded([item(1)]);
    const id = idOf(db, 'ig-1');
    const detail = applyToComplaint(db, WHO, id, {
      name: 'set_lapor',
      args: { trackingNo: 'LAP2603001', recorded: true },
    });
    expect(detail).toMatchObject({ status: 'baru', laporTrackingNo: 'LAP2603001', laporRecorded: true });
    expect(
      column(
        db,
        'SELECT lapor_tracking_no, lapor_recorded, lapor_v, lifecycle_v FROM complaint WHERE id = ?',
        id,
      ),
    ).toEqual(['LAP2603001', 1, 1, 0]);
    expect(lastEvent(db)).toEqual([
      'set_lapor',
      '{"laporTrackingNo":null,"laporRecorded":false}',
      '{"laporTrackingNo":"LAP2603001","laporRecorded":true}',
      null,
    ]);
  });

  it('refuses a number that already belongs to another item, naming it', () => {
    const db = seeded([item(1), item(2)]);
    const op: Operation = { name: 'set_lapor', args: { trackingNo: 'LAP1', recorded: true } };
    applyToComplaint(db, WHO, idOf(db, 'ig-1'), op);
    const error = refusal(db, WHO, idOf(db, 'ig-2'), op);
    expect(error.code).toBe('invalid_operation');
    expect(error.message).toMatch(/LAP1 already belongs to TSM-2025-000001/);
    // Setting it again on the item that has it is fine.
    expect(applyToComplaint(db, WHO, idOf(db, 'ig-1'), op).laporTrackingNo).toBe('LAP1');
  });

  it('accepts only letters and digits up to 40', () => {
    const op = (trackingNo: string) => ({ name: 'set_lapor', args: { trackingNo, recorded: false } });
    expect(Operation.safeParse(op(' ABC123 ')).data).toMatchObject({ args: { trackingNo: 'ABC123' } });
    for (const bad of ['', 'LAP-1', 'a b', "1'; DROP", 'x'.repeat(41)]) {
      expect(Operation.safeParse(op(bad)).success, bad).toBe(false);
    }
  });
});

describe('assign and set_flag', () => {
  it('assigns to an active user and takes it back', () => {
    const db = seeded([item(1)]);
    const id = idOf(db, 'ig-1');
    const user = addUser(db);
    expect(applyToComplaint(db, WHO, id, { name: 'assign', args: { userId: user } }).assigneeId).toBe(user);
    expect(applyToComplaint(db, WHO, id, { name: 'assign', args: { userId: null } }).assigneeId).toBeNull();
    expect(column(db, 'SELECT assignee_v FROM complaint WHERE id = ?', id)).toEqual([2]);
  });

  it('refuses unknown and inactive users', () => {
    const db = seeded([item(1)]);
    const id = idOf(db, 'ig-1');
    const inactive = addUser(db, false);
    for (const userId of [randomUUID(), inactive]) {
      expect(refusal(db, WHO, id, { name: 'assign', args: { userId } }).code).toBe('invalid_operation');
    }
  });

  it('flags with the reason on the audit event', () => {
    const db = seeded([item(1)]);
    const id = idOf(db, 'ig-1');
    const detail = applyToComplaint(db, WHO, id, {
      name: 'set_flag',
      args: { flagged: true, reason: 'Menyebut nama pejabat' },
    });
    expect(detail.flagged).toBe(true);
    expect(lastEvent(db)).toEqual([
      'set_flag',
      '{"flagged":false}',
      '{"flagged":true}',
      'Menyebut nama pejabat',
    ]);
  });

  it('are refused on a duplicate, with nothing written', () => {
    const db = seeded([item(1), item(2)]);
    const dup = idOf(db, 'ig-2');
    applyToComplaint(db, WHO, dup, { name: 'merge_duplicate', args: { masterId: idOf(db, 'ig-1') } });
    for (const op of [
      { name: 'set_flag', args: { flagged: true } },
      { name: 'assign', args: { userId: null } },
      { name: 'set_lapor', args: { trackingNo: null, recorded: true } },
    ] satisfies Operation[]) {
      expect(refusal(db, WHO, dup, op).code).toBe('invalid_transition');
    }
  });
});

describe('merging duplicates', () => {
  it('keeps every reporter and channel on the master, also after a duplicate is archived', () => {
    const db = seeded([
      item(1),
      item(2, { channel: 'whatsapp', externalId: 'wa-2', author: { handle: '+62812', name: 'Bu Siti' } }),
      item(3, { channel: 'x', externalId: 'x-3' }),
    ]);
    const master = idOf(db, 'ig-1');
    for (const ext of ['wa-2', 'x-3']) {
      applyToComplaint(db, WHO, idOf(db, ext), { name: 'merge_duplicate', args: { masterId: master } });
    }
    applyToComplaint(db, WHO, idOf(db, 'x-3'), { name: 'archive', args: {} });
    const detail = getComplaint(db, master);
    expect(detail?.mergedReporters).toEqual([
      {
        complaintId: idOf(db, 'wa-2'),
        caseNo: 'TSM-2025-000002',
        channel: 'whatsapp',
        authorHandle: '+62812',
        authorName: 'Bu Siti',
        receivedAt: item(2).receivedAt,
      },
      expect.objectContaining({ caseNo: 'TSM-2025-000003', channel: 'x', authorHandle: '@warga3' }),
    ]);
    expect(getComplaint(db, idOf(db, 'wa-2'))?.mergedReporters).toEqual([]);
  });
});

describe('the detail', () => {
  it('masks profanity in publicText only: the text and the search index keep the words', () => {
    const text = 'Dinas PUPR goblok!! Jalan Cihideung rusak 3 bulan, sampah menumpuk';
    const db = seeded([item(1, { text })]);
    const id = idOf(db, 'ig-1');
    const detail = getComplaint(db, id);
    expect(detail?.text).toBe(text);
    expect(detail?.publicText).toBe('Dinas PUPR g*****!! Jalan Cihideung rusak 3 bulan, sampah menumpuk');
    expect(column(db, 'SELECT text FROM complaint WHERE id = ?', id)).toEqual([text]);
    const found = db
      .prepare("SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'goblok'")
      .pluck()
      .get();
    expect(found).toBe(1);
  });

  it('lists internal notes and responses', () => {
    const db = seeded([item(1)]);
    const id = idOf(db, 'ig-1');
    applyToComplaint(db, WHO, id, { name: 'add_note', args: { noteId: randomUUID(), text: 'Sudah DM' } });
    applyToComplaint(db, WHO, id, VERIFY);
    applyToComplaint(db, WHO, id, { name: 'dispose', args: { dinasId: 'pupr' } });
    const detail = applyToComplaint(db, WHO, id, {
      name: 'record_response',
      args: {
        responseId: randomUUID(),
        text: 'Sudah ditambal',
        respondedAt: '2025-03-05T14:00:00+07:00',
        isPublic: true,
        evidence: ['https://pupr.example.go.id/foto/1.jpg'],
      },
    });
    expect(detail.notes).toEqual([expect.objectContaining({ text: 'Sudah DM', actor: 'rina' })]);
    expect(detail.responses).toEqual([
      expect.objectContaining({
        text: 'Sudah ditambal',
        isPublic: true,
        evidence: ['https://pupr.example.go.id/foto/1.jpg'],
        dinasId: 'pupr',
      }),
    ]);
  });
});

describe('response templates', () => {
  const save = (db: Database.Database, input: Input<'templates.save'>) =>
    saveTemplate(db, WHO, ResponseTemplateInput.parse(input));

  it('ship with Indonesian defaults for any category, including the disposition text', () => {
    const all = listTemplates(seeded([]), undefined);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.every((t) => t.categoryId === null)).toBe(true);
    const disposed = all.find((t) => t.title === 'Diteruskan ke dinas');
    const text = renderTemplate(disposed?.body ?? '', {
      nama_pelapor: 'Bu Siti',
      nomor: 'TSM-2025-000001',
      dinas: 'Dinas PUPR',
    });
    expect(text).toBe(
      'Terima kasih Bu Siti, laporan Anda nomor TSM-2025-000001 sudah kami teruskan ke Dinas PUPR dan akan ' +
        'ditindaklanjuti paling lambat {tenggat}.',
    );
  });

  it('are created, listed per category (own first), changed and deleted, each audited', () => {
    const db = seeded([]);
    const created = save(db, {
      categoryId: 'jalan-rusak',
      title: 'Jalan ditambal',
      body: 'Halo {nama_pelapor}',
    });
    expect(created).toMatchObject({ categoryId: 'jalan-rusak', title: 'Jalan ditambal' });
    const forRoads = listTemplates(db, 'jalan-rusak');
    const forParking = listTemplates(db, 'parkir');
    expect(forRoads[0]?.id).toBe(created.id);
    expect(forRoads).toHaveLength(forParking.length + 1);
    expect(forParking.every((t) => t.categoryId === null)).toBe(true);

    const changed = save(db, { id: created.id, categoryId: null, title: 'Umum', body: 'Halo' });
    expect(changed).toMatchObject({ id: created.id, categoryId: null, title: 'Umum', body: 'Halo' });
    expect(deleteTemplate(db, WHO, created.id)).toEqual({ id: created.id });
    expect(listTemplates(db, undefined).some((t) => t.id === created.id)).toBe(false);
    const events = db
      .prepare("SELECT operation, actor FROM audit_event WHERE entity_type = 'response_template' ORDER BY id")
      .raw()
      .all();
    expect(events).toEqual([
      ['templates.save', 'rina'],
      ['templates.save', 'rina'],
      ['templates.delete', 'rina'],
    ]);
  });

  it('refuse an unknown category, a missing template and empty text, writing nothing', () => {
    const db = seeded([]);
    const before = snapshot(db);
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return err instanceof CoreError ? err.code : 'other';
      }
      return 'none';
    };
    expect(code(() => save(db, { categoryId: 'ufo', title: 'a', body: 'b' }))).toBe('invalid_operation');
    expect(code(() => save(db, { id: 999, categoryId: null, title: 'a', body: 'b' }))).toBe('not_found');
    expect(code(() => deleteTemplate(db, WHO, 999))).toBe('not_found');
    expect(snapshot(db)).toBe(before);
    expect(ResponseTemplateInput.safeParse({ categoryId: null, title: 'a', body: '  ' }).success).toBe(false);
  });
});
