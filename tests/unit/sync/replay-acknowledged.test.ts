import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyToComplaint } from '../../../electron/core/complaints/apply.ts';
import { readUiRow } from '../../../electron/core/sync/complaint-state.ts';
import { recordResults } from '../../../electron/core/sync/outbox.ts';
import { applyPage } from '../../../electron/core/sync/page.ts';
import { tempDb } from '../core/helpers.ts';
import { hubComplaint, NEW_STATE, page, versionsOf } from './pages.ts';

describe('an acknowledged operation that left the hub’s row unchanged', () => {
  it('is not replayed once the pull has passed it (torture, seed 1)', () => {
    const { db } = tempDb();
    const apply = (p: Parameters<typeof applyPage>[1]) =>
      db.transaction(() => applyPage(db, p, Date.now()))();
    const atPupr = hubComplaint(1, {
      state: { ...NEW_STATE, status: 'didisposisikan', verdict: 'valid', type: 'pengaduan', dinasId: 'pupr' },
      versions: { ...versionsOf(), verdict: 1, disposition: 1, lifecycle: 1 },
    });
    apply(page({ complaints: [atPupr] }));
    applyToComplaint(db, { actor: 'penghubung.pupr', device: 'desk-1' }, atPupr.id, {
      name: 'record_response',
      args: {
        responseId: randomUUID(),
        text: 'Sudah ditambal',
        respondedAt: new Date().toISOString(),
        isPublic: true,
        evidence: [],
      },
    });
    // Meanwhile the item went to DLH (version 4); the response is kept at version 5 without moving the item.
    const opId = db.prepare<[], string>('SELECT op_id FROM outbox').pluck().get() ?? '';
    db.transaction(() => recordResults(db, [{ opId, clientSeq: 1, outcome: 'applied', version: 5 }]))();
    const atDlh = {
      ...atPupr,
      state: { ...atPupr.state, dinasId: 'dlh' },
      versions: { ...atPupr.versions, disposition: 4 },
      version: 4,
    };
    apply(page({ complaints: [atDlh], cursor: 5, headVersion: 5 }));
    expect(readUiRow(db, atPupr.id)).toMatchObject({ state: atDlh.state, versions: atDlh.versions });
  });
});
