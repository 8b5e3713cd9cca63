import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/index.ts';
import { applyToComplaint } from '../../../electron/core/complaints/apply.ts';
import { idOf, item, refusal, seeded } from './helpers.ts';

const WHO = { actor: 'rina', device: 'desk-1' };
const VERIFY: Operation = {
  name: 'verify',
  args: {
    type: 'pengaduan',
    categoryId: 'jalan-rusak',
    priority: 'tinggi',
    confidentiality: 'biasa',
    note: 'cek foto',
  },
};

describe('applyToComplaint', () => {
  it('writes the new state, an outbox row and an audit event together', () => {
    const db = seeded([item(1)]);
    const id = idOf(db, 'ig-1');
    const detail = applyToComplaint(db, WHO, id, VERIFY);
    expect(detail).toMatchObject({
      status: 'terverifikasi',
      verdict: 'valid',
      categoryId: 'jalan-rusak',
      priority: 'tinggi',
    });
    expect(detail.events).toHaveLength(1);
    expect(detail.events[0]).toMatchObject({
      actor: 'rina',
      device: 'desk-1',
      operation: 'verify',
      note: 'cek foto',
      before: { status: 'baru', verdict: 'belum', type: null, categoryId: null, priority: 'sedang' },
      after: {
        status: 'terverifikasi',
        verdict: 'valid',
        type: 'pengaduan',
        categoryId: 'jalan-rusak',
        priority: 'tinggi',
      },
    });
    const outbox = db.prepare('SELECT * FROM outbox').all();
    expect(outbox).toEqual([
      expect.objectContaining({
        client_seq: 1,
        name: 'verify',
        complaint_id: id,
        args_json: JSON.stringify(VERIFY.args),
        read_set_json: JSON.stringify({
          verdict: 0,
          disposition: 0,
          lifecycle: 0,
          priority: 0,
          lapor: 0,
          assignment: 0,
          flag: 0,
        }),
        actor: 'rina',
        device: 'desk-1',
        state: 'pending',
        attempts: 0,
      }),
    ]);
    const versions = db
      .prepare('SELECT verdict_v, disposition_v, lifecycle_v, priority_v FROM complaint WHERE id = ?')
      .raw()
      .get(id);
    expect(versions).toEqual([1, 0, 1, 1]);
    const eventOp = db.prepare('SELECT op_id FROM audit_event').pluck().get();
    expect(eventOp).toBe((outbox[0] as { op_id: string }).op_id);
  });

  it('numbers outbox rows without gaps and records the versions each operation saw', () => {
    const db = seeded([item(1)]);
    const id = idOf(db, 'ig-1');
    applyToComplaint(db, WHO, id, VERIFY);
    applyToComplaint(db, WHO, id, { name: 'dispose', args: { dinasId: 'pupr' } });
    applyToComplaint(db, WHO, id, {
      name: 'add_note',
      args: { noteId: randomUUID(), text: 'sudah ditelepon' },
    });
    const rows = db.prepare('SELECT client_seq, read_set_json FROM outbox ORDER BY client_seq').raw().all();
    expect(rows).toEqual([
      [1, '{"verdict":0,"disposition":0,"lifecycle":0,"priority":0,"lapor":0,"assignment":0,"flag":0}'],
      [2, '{"verdict":1,"disposition":0,"lifecycle":1,"priority":1,"lapor":0,"assignment":0,"flag":0}'],
      [3, '{"verdict":1,"disposition":1,"lifecycle":2,"priority":1,"lapor":0,"assignment":0,"flag":0}'],
    ]);
    expect(db.prepare('SELECT text, actor FROM note').raw().all()).toEqual([['sudah ditelepon', 'rina']]);
    const last = db
      .prepare('SELECT before_json, after_json, note FROM audit_event ORDER BY id DESC')
      .raw()
      .get();
    expect(last).toEqual(['{}', '{}', 'sudah ditelepon']);
  });

  it('stores a dinas response with the dinas that had the item', () => {
    const db = seeded([item(1)]);
    const id = idOf(db, 'ig-1');
    applyToComplaint(db, WHO, id, VERIFY);
    applyToComplaint(db, WHO, id, { name: 'dispose', args: { dinasId: 'pupr' } });
    const responseId = randomUUID();
    const detail = applyToComplaint(db, WHO, id, {
      name: 'record_response',
      args: {
        responseId,
        text: 'Sudah ditambal',
        respondedAt: '2025-03-05T09:00:00+07:00',
        isPublic: true,
        evidence: [],
      },
    });
    expect(detail.status).toBe('ditindaklanjuti');
    expect(db.prepare('SELECT id, dinas_id, is_public FROM response').raw().all()).toEqual([
      [responseId, 'pupr', 1],
    ]);
  });

  it('refuses transitions the lifecycle does not allow, writing nothing', () => {
    const db = seeded([item(1)]);
    const id = idOf(db, 'ig-1');
    expect(refusal(db, WHO, id, { name: 'acknowledge', args: {} }).code).toBe('invalid_transition');
    applyToComplaint(db, WHO, id, VERIFY);
    expect(refusal(db, WHO, id, VERIFY).code).toBe('invalid_transition');
    applyToComplaint(db, WHO, id, { name: 'dispose', args: { dinasId: 'pupr' } });
    const again = refusal(db, WHO, id, { name: 'dispose', args: { dinasId: 'pupr', reason: 'lagi' } });
    expect([again.code, again.message]).toEqual(['invalid_operation', 'The item is already with this dinas']);
    expect(refusal(db, WHO, id, { name: 'dispose', args: { dinasId: 'dlh' } }).code).toBe(
      'invalid_operation',
    );
  });

  it('refuses unknown references and impossible merges, writing nothing', () => {
    const db = seeded([item(1), item(2), item(3)]);
    const [a, b, c] = ['ig-1', 'ig-2', 'ig-3'].map((e) => idOf(db, e)) as [string, string, string];
    expect(refusal(db, WHO, 'missing', VERIFY).code).toBe('not_found');
    const badCategory = refusal(db, WHO, a, { ...VERIFY, args: { ...VERIFY.args, categoryId: 'atlantis' } });
    expect([badCategory.code, badCategory.message]).toEqual([
      'invalid_operation',
      'Unknown category: atlantis',
    ]);
    applyToComplaint(db, WHO, a, VERIFY);
    expect(refusal(db, WHO, a, { name: 'dispose', args: { dinasId: 'nasa' } }).message).toBe(
      'Unknown dinas: nasa',
    );
    expect(refusal(db, WHO, b, { name: 'merge_duplicate', args: { masterId: b } }).code).toBe(
      'invalid_operation',
    );
    expect(refusal(db, WHO, b, { name: 'merge_duplicate', args: { masterId: 'nope' } }).code).toBe(
      'not_found',
    );
    applyToComplaint(db, WHO, b, { name: 'merge_duplicate', args: { masterId: a } });
    expect(refusal(db, WHO, c, { name: 'merge_duplicate', args: { masterId: b } }).code).toBe(
      'invalid_operation',
    );
    const noteId = randomUUID();
    applyToComplaint(db, WHO, c, { name: 'add_note', args: { noteId, text: 'satu' } });
    expect(refusal(db, WHO, c, { name: 'add_note', args: { noteId, text: 'dua' } }).code).toBe(
      'invalid_operation',
    );
  });
});
