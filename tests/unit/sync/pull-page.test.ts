import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../shared/index.ts';
import { applyToComplaint } from '../../../electron/core/complaints/apply.ts';
import { getComplaint } from '../../../electron/core/complaints/get.ts';
import { CoreError } from '../../../electron/core/api/dispatch.ts';
import { readUiRow } from '../../../electron/core/sync/complaint-state.ts';
import { applyPage } from '../../../electron/core/sync/page.ts';
import { rebase } from '../../../electron/core/sync/rebase.ts';
import { replay } from '../../../electron/core/sync/replay.ts';
import { tempDb } from '../core/helpers.ts';
import { anyOperation, anyState } from './arbitraries.ts';
import { hubComplaint, page, versionsOf } from './pages.ts';

const who = { actor: 'rina', device: 'desk-1' };
const apply = (db: ReturnType<typeof tempDb>['db'], page_: Parameters<typeof applyPage>[1]) =>
  db.transaction(() => applyPage(db, page_, Date.now()))();

describe('a pulled page', () => {
  it('brings complaints under the hub id and case number, with their history, notes and responses', () => {
    const { db } = tempDb();
    const disposed = hubComplaint(2, {
      state: {
        ...hubComplaint(0).state,
        status: 'didisposisikan',
        verdict: 'valid',
        dinasId: 'pupr',
        categoryId: 'jalan-rusak',
        type: 'pengaduan',
      },
      versions: { ...versionsOf(), verdict: 1, disposition: 1, lifecycle: 2 },
      version: 3,
    });
    const fresh = hubComplaint(1);
    const event = {
      id: 7,
      complaintId: disposed.id,
      opId: randomUUID(),
      at: '2025-03-01T11:00:00+07:00',
      actor: 'budi',
      device: 'desk-2',
      operation: 'dispose',
      before: { status: 'terverifikasi' as const },
      after: { status: 'didisposisikan' as const, dinasId: 'pupr' },
      note: null,
    };
    const response = {
      id: randomUUID(),
      complaintId: disposed.id,
      text: 'Sudah ditambal',
      respondedAt: '2025-03-02T09:00:00+07:00',
      isPublic: true,
      evidence: [],
      dinasId: 'pupr',
      actor: 'pupr.liaison',
      createdAt: '2025-03-02T09:05:00+07:00',
      needsReview: false,
    };
    const p = page({
      complaints: [fresh, disposed],
      events: [event],
      responses: [response],
      cursor: 3,
      headVersion: 3,
    });
    apply(db, p);
    apply(db, p); // a re-pull (crash after commit, before the next page) changes nothing

    const detail = getComplaint(db, disposed.id);
    expect(detail).toMatchObject({ caseNo: disposed.caseNo, status: 'didisposisikan', dinasId: 'pupr' });
    expect(detail?.events.map((e) => [e.operation, e.actor])).toEqual([['dispose', 'budi']]);
    expect(detail?.responses.map((r) => r.text)).toEqual(['Sudah ditambal']);
    expect(detail?.deadline?.stage).toBe('tindak_lanjut');
    expect(getComplaint(db, fresh.id)).toMatchObject({ caseNo: fresh.caseNo, status: 'baru' });
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'cursor'").pluck().get()).toBe('3');
  });

  it('rebases: the UI row is the new base with the pending local operations replayed (property)', () => {
    fc.assert(
      fc.property(anyState, fc.array(anyOperation, { maxLength: 6 }), anyState, (first, ops, second) => {
        const { db } = tempDb();
        const c = hubComplaint(1, { state: first });
        apply(db, page({ complaints: [c] }));
        const local: Operation[] = [];
        for (const op of ops) {
          try {
            applyToComplaint(db, who, c.id, op);
            local.push(op);
          } catch (err) {
            if (!(err instanceof CoreError)) throw err;
          }
        }
        const before = readUiRow(db, c.id);
        // The base did not move: a rebase leaves the row exactly as the local edits made it.
        rebase(db, c.id, Date.now());
        expect(readUiRow(db, c.id)?.state).toEqual(before?.state);
        expect(readUiRow(db, c.id)?.versions).toEqual(before?.versions);
        // Someone else changed the item at the hub: new base, the same pending operations on top.
        apply(
          db,
          page({ complaints: [{ ...c, state: second, version: 2, versions: versionsOf(1) }], cursor: 2 }),
        );
        const expected = replay(second, versionsOf(1), local);
        expect(readUiRow(db, c.id)?.state).toEqual(expected.state);
        expect(readUiRow(db, c.id)?.versions).toEqual(expected.versions);
        const pending = db.prepare("SELECT count(*) FROM outbox WHERE state = 'pending'").pluck().get();
        expect(pending).toBe(local.length);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
