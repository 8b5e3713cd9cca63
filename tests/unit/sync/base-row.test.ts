import { describe, expect, it } from 'vitest';
import { readBase, storedState, storedVersions } from '../../../electron/core/sync/complaint-state.ts';
import { NEW_COMPLAINT_STATE, versionsAt, type ComplaintState } from '../../../shared/index.ts';
import { tempDb } from '../core/helpers.ts';

const saveBase = (db: ReturnType<typeof tempDb>['db'], stateJson: string, versionsJson: string) => {
  db.prepare(
    `INSERT INTO complaint (seq, id, case_no, channel, external_id, author_handle, text, received_at,
       received_ms, updated_at) VALUES (1, 'c1', 'X-1', 'x', 'e1', '@a', 't', '2025-01-01T00:00:00Z', 0, '')`,
  ).run();
  db.prepare(
    `INSERT INTO complaint_base (complaint_id, state_json, versions_json, hub_version) VALUES ('c1', ?, ?, 7)`,
  ).run(stateJson, versionsJson);
};

describe('complaint_base rows store what differs from a new, untouched complaint', () => {
  it('pins NEW_COMPLAINT_STATE: stored rows mean it (migrate them before changing it)', () => {
    expect(JSON.stringify(NEW_COMPLAINT_STATE)).toBe(
      '{"status":"baru","verdict":"belum","rejectReason":null,"type":null,"categoryId":null,"dinasId":null,' +
        '"priority":"sedang","confidentiality":"biasa","responsibleParty":null,"masterId":null,' +
        '"laporTrackingNo":null,"laporRecorded":false,"assigneeId":null,"flagged":false}',
    );
  });

  it('writes a new complaint as two empty objects and a changed one as its changes', () => {
    expect(storedState(NEW_COMPLAINT_STATE)).toBe('{}');
    expect(storedVersions(versionsAt(0))).toBe('{}');
    const disposed: ComplaintState = {
      ...NEW_COMPLAINT_STATE,
      status: 'didisposisikan',
      verdict: 'valid',
      dinasId: 'dpupr',
    };
    expect(JSON.parse(storedState(disposed))).toEqual({
      status: 'didisposisikan',
      verdict: 'valid',
      dinasId: 'dpupr',
    });
    expect(JSON.parse(storedVersions({ ...versionsAt(0), disposition: 12 }))).toEqual({ disposition: 12 });
  });

  it('reads compact rows and rows written whole (older desks) to the same base', () => {
    const state: ComplaintState = { ...NEW_COMPLAINT_STATE, status: 'ditolak', rejectReason: 'spam' };
    const versions = { ...versionsAt(0), verdict: 3, lifecycle: 3 };
    const compact = tempDb().db;
    saveBase(compact, storedState(state), storedVersions(versions));
    const whole = tempDb().db;
    saveBase(whole, JSON.stringify(state), JSON.stringify(versions));
    expect(readBase(compact, 'c1')).toEqual({ state, versions, hubVersion: 7 });
    expect(readBase(whole, 'c1')).toEqual({ state, versions, hubVersion: 7 });
  });

  it('refuses a damaged row instead of making up a state', () => {
    for (const [stateJson, versionsJson] of [
      ['"baru"', '{}'],
      ['[1]', '{}'],
      ['{"status":"hilang"}', '{}'],
      ['{}', '{"verdict":-1}'],
      ['{"extra":1}', '{}'],
    ] as const) {
      const { db } = tempDb();
      saveBase(db, stateJson, versionsJson);
      expect(() => readBase(db, 'c1'), stateJson).toThrow();
    }
  });
});
