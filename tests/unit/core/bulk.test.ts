import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApplyManyInput, BULK_MAX_IDS, type Operation } from '../../../shared/index.ts';
import { applyMany } from '../../../electron/core/complaints/apply-many.ts';
import { idOf, item, seeded, snapshot } from './helpers.ts';

const WHO = { actor: 'rina', device: 'desk-1' };
const VERIFY: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'tinggi', confidentiality: 'biasa' },
};
const DISPOSE: Operation = { name: 'dispose', args: { dinasId: 'pupr' } };

const statusOf = (db: Database.Database, id: string) =>
  db.prepare<[string], string>('SELECT status FROM complaint WHERE id = ?').pluck().get(id);
const countOf = (db: Database.Database, sql: string) => db.prepare<[], number>(sql).pluck().get();

describe('applyMany', () => {
  it('applies the allowed items and lists the refused ones, in the order asked', () => {
    const db = seeded([item(1), item(2), item(3)]);
    const [a, b, c] = ['ig-1', 'ig-2', 'ig-3'].map((x) => idOf(db, x)) as [string, string, string];
    applyMany(db, WHO, [b], VERIFY);
    const disposeRefused = applyMany(db, WHO, [a, b, 'no-such-id', c], DISPOSE);
    const outcome = disposeRefused.results.map((r) => [r.id, r.ok ? 'applied' : r.error.code]);
    expect(outcome).toEqual([
      [a, 'invalid_transition'],
      [b, 'applied'],
      ['no-such-id', 'not_found'],
      [c, 'invalid_transition'],
    ]);
    const first = disposeRefused.results[0];
    expect(first?.ok === false && first.error.message).toContain('baru');
    expect([a, b, c].map((id) => statusOf(db, id))).toEqual(['baru', 'didisposisikan', 'baru']);
    // Only the applied operations left an outbox row and an audit event; client_seq has no gaps.
    expect(db.prepare('SELECT client_seq, name FROM outbox ORDER BY client_seq').raw().all()).toEqual([
      [1, 'verify'],
      [2, 'dispose'],
    ]);
    expect(countOf(db, 'SELECT count(*) FROM audit_event')).toBe(2);
  });

  it('rolls the whole call back on an unexpected failure: nothing half-written', () => {
    const db = seeded([item(1), item(2)]);
    const [a, b] = [idOf(db, 'ig-1'), idOf(db, 'ig-2')];
    // A broken write in the middle of the second item (not a refusal the user can act on).
    db.exec(`CREATE TEMP TRIGGER break_b BEFORE INSERT ON audit_event WHEN new.complaint_id = '${b}'
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const before = snapshot(db);
    expect(() => applyMany(db, WHO, [a, b], VERIFY)).toThrow('disk trouble');
    expect(snapshot(db)).toBe(before);
  });

  it('refuses a reassignment without a reason per item while the others move', () => {
    const db = seeded([item(1), item(2), item(3)]);
    const ids = ['ig-1', 'ig-2', 'ig-3'].map((x) => idOf(db, x));
    applyMany(db, WHO, ids, VERIFY);
    // Disposing again elsewhere is a reassignment, which needs a reason: refused for the first two only.
    const first = applyMany(db, WHO, ids.slice(0, 2), DISPOSE);
    expect(first.results.every((r) => r.ok)).toBe(true);
    const again = applyMany(db, WHO, ids, { name: 'dispose', args: { dinasId: 'dlh' } });
    expect(again.results.map((r) => r.ok)).toEqual([false, false, true]);
    expect(countOf(db, 'SELECT count(*) FROM outbox')).toBe(6);
    expect(countOf(db, "SELECT count(*) FROM audit_event WHERE operation = 'dispose'")).toBe(3);
  });
});

describe('ApplyManyInput', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);

  it(`takes at most ${BULK_MAX_IDS} ids, each once`, () => {
    expect(ApplyManyInput.safeParse({ complaintIds: ids(BULK_MAX_IDS), operation: VERIFY }).success).toBe(
      true,
    );
    expect(ApplyManyInput.safeParse({ complaintIds: ids(BULK_MAX_IDS + 1), operation: VERIFY }).success).toBe(
      false,
    );
    expect(ApplyManyInput.safeParse({ complaintIds: [], operation: VERIFY }).success).toBe(false);
    expect(ApplyManyInput.safeParse({ complaintIds: ['a', 'a'], operation: VERIFY }).success).toBe(false);
  });

  it('refuses operations that carry their own row id', () => {
    const note: Operation = {
      name: 'add_note',
      args: { noteId: '6f1c1a52-8f4e-4a51-9b57-1d3c3c1f0a11', text: 'sama' },
    };
    expect(ApplyManyInput.safeParse({ complaintIds: ['a', 'b'], operation: note }).success).toBe(false);
  });
});
