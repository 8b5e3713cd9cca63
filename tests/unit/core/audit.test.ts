import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/index.ts';
import { appendAuditEvent } from '../../../electron/core/audit/append.ts';
import { verifyAuditChain } from '../../../electron/core/audit/verify.ts';
import { applyToComplaint } from '../../../electron/core/complaints/apply.ts';
import { getComplaint } from '../../../electron/core/complaints/get.ts';
import { migrate } from '../../../electron/core/db/migrate.ts';
import { migration001 } from '../../../electron/core/db/migrations/001_initial.ts';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index.ts';
import { seedMasterData, shippedMasterData } from '../../../electron/core/master/seed.ts';
import { idOf, item, seeded, tempDir } from './helpers.ts';

const WHO = { actor: 'rina', device: 'desk-1' };
const VERIFY: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'tinggi', confidentiality: 'biasa' },
};

/** Ten complaints taken through verify → dispose → note, plus one sign-in: 31 chained events. */
function busyLog(): Database.Database {
  const db = seeded(Array.from({ length: 10 }, (_, i) => item(i + 1)));
  for (let n = 1; n <= 10; n++) {
    const id = idOf(db, `ig-${n}`);
    applyToComplaint(db, WHO, id, VERIFY);
    applyToComplaint(db, WHO, id, { name: 'dispose', args: { dinasId: 'pupr' } });
    applyToComplaint(db, WHO, id, {
      name: 'add_note',
      args: { noteId: crypto.randomUUID(), text: `catatan ${n}` },
    });
  }
  db.transaction(() =>
    appendAuditEvent(db, {
      entityType: 'session',
      entityId: 'rina',
      at: new Date().toISOString(),
      ...WHO,
      operation: 'sign_in',
      before: {},
      after: {},
      note: null,
    }),
  ).immediate();
  return db;
}

/** What an attacker with the file can do: drop the guard triggers, then change rows at will. */
const dropGuards = (db: Database.Database) =>
  db.exec('DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete');

describe('the audit hash chain', () => {
  it('verifies over many operations of every kind', () => {
    const db = busyLog();
    expect(verifyAuditChain(db)).toEqual({ checked: 31, broken: [] });
  });

  it('reports exactly the row edited directly in SQLite', () => {
    const db = busyLog();
    dropGuards(db);
    db.prepare("UPDATE audit_event SET note = 'tidak ada catatan' WHERE id = 12").run();
    expect(verifyAuditChain(db)).toEqual({ checked: 31, broken: [{ id: 12, problem: 'edited' }] });
  });

  it('sees an edit whose hash was recomputed: the next row no longer links', () => {
    const db = busyLog();
    dropGuards(db);
    db.prepare("UPDATE audit_event SET actor = 'orang lain', hash = ? WHERE id = 5").run('f'.repeat(64));
    expect(verifyAuditChain(db).broken).toEqual([
      { id: 5, problem: 'edited' },
      { id: 6, problem: 'chain_broken' },
    ]);
  });

  it('reports the row after a deleted one as chain_broken', () => {
    const db = busyLog();
    dropGuards(db);
    db.prepare('DELETE FROM audit_event WHERE id = 20').run();
    expect(verifyAuditChain(db)).toEqual({ checked: 30, broken: [{ id: 21, problem: 'chain_broken' }] });
  });

  it('refuses UPDATE and DELETE, and an INSERT that does not extend the chain', () => {
    const db = busyLog();
    expect(() => db.prepare("UPDATE audit_event SET note = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_event WHERE id = 31').run()).toThrow(/append-only/);
    const forged = db.prepare('SELECT * FROM audit_event WHERE id = 31').get() as Record<string, unknown>;
    expect(() =>
      db
        .prepare(
          `INSERT INTO audit_event (id, at, actor, device, operation, entity_type, before_json, after_json,
             prev_hash, hash) VALUES (32, @at, @actor, @device, @operation, 'x', '{}', '{}', @prev_hash, 'h')`,
        )
        .run(forged),
    ).toThrow(/extend the chain/);
    expect(verifyAuditChain(db)).toEqual({ checked: 31, broken: [] });
  });

  it('is written only inside a transaction', () => {
    const db = busyLog();
    const event = { entityType: 'session', entityId: null, at: new Date().toISOString(), ...WHO };
    expect(() =>
      appendAuditEvent(db, { ...event, operation: 'sign_out', before: {}, after: {}, note: null }),
    ).toThrow(/transaction/);
  });

  it('keeps the complaint timeline with before → after and the reason', () => {
    const db = busyLog();
    const events = getComplaint(db, idOf(db, 'ig-3'))?.events ?? [];
    expect(events.map((e) => e.operation)).toEqual(['verify', 'dispose', 'add_note']);
    expect(events[1]).toMatchObject({
      before: { status: 'terverifikasi' },
      after: { status: 'didisposisikan' },
    });
    expect(events[2]?.note).toBe('catatan 3');
  });
});

describe('migration 002', () => {
  it('moves existing complaint events into the chain, in order and verbatim', () => {
    const file = path.join(tempDir(), 'old.sqlite');
    const db = new Database(file);
    migrate(db, [migration001]);
    seedMasterData(db, shippedMasterData());
    // Raw rows in the version-1 schema: the live insert already writes columns of later migrations.
    const insertComplaint = db.prepare(
      `INSERT INTO complaint (seq, id, case_no, channel, external_id, author_handle, text, received_at,
         received_ms, updated_at) VALUES (?, ?, ?, 'instagram', ?, '@warga', 'Keluhan', ?, 0, ?)`,
    );
    for (const n of [1, 2]) {
      const at = `2025-03-01T10:0${n}:00+07:00`;
      insertComplaint.run(n, `c-${n}`, `TSM-2025-00000${n}`, `ig-${n}`, at, at);
    }
    const insertOld = db.prepare(
      `INSERT INTO complaint_event (complaint_id, op_id, at, actor, device, operation, before_json, after_json, note)
       VALUES (?, NULL, ?, 'budi', 'desk-2', ?, ?, ?, ?)`,
    );
    const rows: [string, string, string, string, string, string | null][] = [
      [
        idOf(db, 'ig-1'),
        '2025-03-01T03:00:00.000Z',
        'hold',
        '{"status":"baru"}',
        '{"status":"ditunda"}',
        'foto?',
      ],
      [
        idOf(db, 'ig-2'),
        '2025-03-01T04:00:00.000Z',
        'set_priority',
        '{"priority":"sedang"}',
        '{"priority":"tinggi"}',
        null,
      ],
      [idOf(db, 'ig-1'), '2025-03-01T05:00:00.000Z', 'add_note', '{}', '{}', 'sudah ditelepon'],
    ];
    for (const row of rows) insertOld.run(...row);

    migrate(db, MIGRATIONS);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).not.toContain('complaint_event');
    const moved = db
      .prepare(
        `SELECT complaint_id, at, operation, before_json, after_json, note, entity_type FROM audit_event ORDER BY id`,
      )
      .raw()
      .all();
    expect(moved).toEqual(
      rows.map(([id, at, op, before, after, note]) => [id, at, op, before, after, note, null]),
    );
    expect(db.prepare('SELECT id FROM audit_event ORDER BY id').pluck().all()).toEqual([1, 2, 3]);
    expect(verifyAuditChain(db)).toEqual({ checked: 3, broken: [] });

    // The next operation continues the migrated chain.
    applyToComplaint(db, WHO, idOf(db, 'ig-2'), VERIFY);
    expect(verifyAuditChain(db)).toEqual({ checked: 4, broken: [] });
    db.close();
  });
});
