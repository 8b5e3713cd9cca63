import { describe, expect, it } from 'vitest';
import {
  isAllowed,
  nextStatus,
  OPERATION_NAMES,
  STATUSES,
  type OperationName,
  type Status,
} from '../../../shared/index.ts';
import { COMPLAINT_AT } from './fixtures.ts';

/**
 * The whole state machine, written out: status × operation → next status, or null when refused.
 * Changing the lifecycle means changing this table on purpose. States are the realistic ones from
 * COMPLAINT_AT (so `selesai` carries a dinas); the dinas-less reopen is tested separately below.
 */
// prettier-ignore
const EXPECTED = {
  baru: {
    verify: 'terverifikasi', hold: 'ditunda', reject: 'ditolak', mark_not_authority: 'bukan_wewenang',
    merge_duplicate: 'duplikat', archive: 'diarsipkan', reopen: null,
    dispose: null, acknowledge: null, record_response: null, confirm_done: null, return_to_dinas: null,
    add_note: 'baru', set_priority: 'baru',
    set_lapor: 'baru', assign: 'baru', set_flag: 'baru',
    resolve_conflict: 'baru',
  },
  ditunda: {
    verify: 'terverifikasi', hold: null, reject: 'ditolak', mark_not_authority: 'bukan_wewenang',
    merge_duplicate: 'duplikat', archive: 'diarsipkan', reopen: null,
    dispose: null, acknowledge: null, record_response: null, confirm_done: null, return_to_dinas: null,
    add_note: 'ditunda', set_priority: 'ditunda',
    set_lapor: 'ditunda', assign: 'ditunda', set_flag: 'ditunda',
    resolve_conflict: 'ditunda',
  },
  terverifikasi: {
    verify: null, hold: null, reject: 'ditolak', mark_not_authority: null,
    merge_duplicate: 'duplikat', archive: null, reopen: null,
    dispose: 'didisposisikan', acknowledge: null, record_response: null, confirm_done: null,
    return_to_dinas: null,
    add_note: 'terverifikasi', set_priority: 'terverifikasi',
    set_lapor: 'terverifikasi', assign: 'terverifikasi', set_flag: 'terverifikasi',
    resolve_conflict: 'terverifikasi',
  },
  didisposisikan: {
    verify: null, hold: null, reject: null, mark_not_authority: null,
    merge_duplicate: null, archive: null, reopen: null,
    dispose: 'didisposisikan', acknowledge: 'diproses', record_response: 'ditindaklanjuti',
    confirm_done: null, return_to_dinas: null,
    add_note: 'didisposisikan', set_priority: 'didisposisikan',
    set_lapor: 'didisposisikan', assign: 'didisposisikan', set_flag: 'didisposisikan',
    resolve_conflict: 'didisposisikan',
  },
  diproses: {
    verify: null, hold: null, reject: null, mark_not_authority: null,
    merge_duplicate: null, archive: null, reopen: null,
    dispose: 'didisposisikan', acknowledge: null, record_response: 'ditindaklanjuti',
    confirm_done: null, return_to_dinas: null,
    add_note: 'diproses', set_priority: 'diproses',
    set_lapor: 'diproses', assign: 'diproses', set_flag: 'diproses',
    resolve_conflict: 'diproses',
  },
  ditindaklanjuti: {
    verify: null, hold: null, reject: null, mark_not_authority: null,
    merge_duplicate: null, archive: null, reopen: 'diproses',
    dispose: null, acknowledge: null, record_response: 'ditindaklanjuti',
    confirm_done: 'selesai', return_to_dinas: 'diproses',
    add_note: 'ditindaklanjuti', set_priority: 'ditindaklanjuti',
    set_lapor: 'ditindaklanjuti', assign: 'ditindaklanjuti', set_flag: 'ditindaklanjuti',
    resolve_conflict: 'ditindaklanjuti',
  },
  selesai: {
    verify: null, hold: null, reject: null, mark_not_authority: null,
    merge_duplicate: null, archive: 'diarsipkan', reopen: 'diproses',
    dispose: null, acknowledge: null, record_response: null, confirm_done: null, return_to_dinas: null,
    add_note: 'selesai', set_priority: 'selesai',
    set_lapor: 'selesai', assign: 'selesai', set_flag: 'selesai',
    resolve_conflict: 'selesai',
  },
  ditolak: {
    verify: null, hold: null, reject: null, mark_not_authority: null,
    merge_duplicate: null, archive: 'diarsipkan', reopen: 'baru',
    dispose: null, acknowledge: null, record_response: null, confirm_done: null, return_to_dinas: null,
    add_note: 'ditolak', set_priority: 'ditolak',
    set_lapor: 'ditolak', assign: 'ditolak', set_flag: 'ditolak',
    resolve_conflict: 'ditolak',
  },
  bukan_wewenang: {
    verify: null, hold: null, reject: null, mark_not_authority: null,
    merge_duplicate: null, archive: 'diarsipkan', reopen: 'baru',
    dispose: null, acknowledge: null, record_response: null, confirm_done: null, return_to_dinas: null,
    add_note: 'bukan_wewenang', set_priority: 'bukan_wewenang',
    set_lapor: 'bukan_wewenang', assign: 'bukan_wewenang', set_flag: 'bukan_wewenang',
    resolve_conflict: 'bukan_wewenang',
  },
  // Notes and priority of a duplicate belong to its master complaint.
  duplikat: {
    verify: null, hold: null, reject: null, mark_not_authority: null,
    merge_duplicate: null, archive: 'diarsipkan', reopen: null,
    dispose: null, acknowledge: null, record_response: null, confirm_done: null, return_to_dinas: null,
    add_note: null, set_priority: null,
    set_lapor: null, assign: null, set_flag: null,
    resolve_conflict: 'duplikat',
  },
  diarsipkan: {
    verify: null, hold: null, reject: null, mark_not_authority: null,
    merge_duplicate: null, archive: null, reopen: 'baru',
    dispose: null, acknowledge: null, record_response: null, confirm_done: null, return_to_dinas: null,
    add_note: 'diarsipkan', set_priority: 'diarsipkan',
    set_lapor: 'diarsipkan', assign: 'diarsipkan', set_flag: 'diarsipkan',
    resolve_conflict: 'diarsipkan',
  },
} as const satisfies Record<Status, Record<OperationName, Status | null>>;

describe('the expected table', () => {
  it('covers every status and every operation', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...STATUSES].sort());
    for (const row of Object.values(EXPECTED)) {
      expect(Object.keys(row).sort()).toEqual([...OPERATION_NAMES].sort());
    }
  });
});

describe.each(STATUSES)('nextStatus from %s', (status) => {
  it.each(OPERATION_NAMES)('%s', (op) => {
    const expected: Status | null = EXPECTED[status][op];
    expect(nextStatus(COMPLAINT_AT[status], op)).toBe(expected);
    expect(isAllowed(COMPLAINT_AT[status], op)).toBe(expected !== null);
  });
});

describe('reopen', () => {
  it('sends a done item back to the dinas that handled it', () => {
    expect(nextStatus({ ...COMPLAINT_AT.selesai, dinasId: 'pupr' }, 'reopen')).toBe('diproses');
  });

  it('sends a done item that never had a dinas back to the desk', () => {
    expect(nextStatus({ ...COMPLAINT_AT.selesai, dinasId: null }, 'reopen')).toBe('baru');
  });

  it('sends rejected, not-our-authority and archived items back to the desk even with a dinas', () => {
    for (const status of ['ditolak', 'bukan_wewenang', 'diarsipkan'] as const) {
      expect(nextStatus({ ...COMPLAINT_AT[status], dinasId: 'pupr' }, 'reopen')).toBe('baru');
    }
  });

  it('is refused for items still open at the desk or with a dinas, and for duplicates', () => {
    const refused: Status[] = ['baru', 'ditunda', 'terverifikasi', 'didisposisikan', 'diproses', 'duplikat'];
    for (const status of refused) {
      expect(nextStatus({ ...COMPLAINT_AT[status], dinasId: 'pupr' }, 'reopen')).toBeNull();
    }
  });

  it('is the only transition where the dinas matters', () => {
    for (const status of STATUSES) {
      for (const op of OPERATION_NAMES) {
        if (status === 'selesai' && op === 'reopen') continue;
        const withDinas = nextStatus({ ...COMPLAINT_AT[status], dinasId: 'pupr' }, op);
        expect(nextStatus({ ...COMPLAINT_AT[status], dinasId: null }, op), `${status} × ${op}`).toBe(
          withDinas,
        );
      }
    }
  });
});

describe('reassignment (dispose again)', () => {
  it('is possible while the dinas has not answered yet', () => {
    expect(nextStatus(COMPLAINT_AT.didisposisikan, 'dispose')).toBe('didisposisikan');
    expect(nextStatus(COMPLAINT_AT.diproses, 'dispose')).toBe('didisposisikan');
  });

  it('is refused once the dinas has responded or the item is done', () => {
    expect(nextStatus(COMPLAINT_AT.ditindaklanjuti, 'dispose')).toBeNull();
    expect(nextStatus(COMPLAINT_AT.selesai, 'dispose')).toBeNull();
  });
});

describe('duplicates', () => {
  it('refuse notes, priority, LAPOR!, assignment and flag changes (they belong to the master)', () => {
    for (const op of ['add_note', 'set_priority', 'set_lapor', 'assign', 'set_flag'] as const) {
      expect(isAllowed(COMPLAINT_AT.duplikat, op), op).toBe(false);
    }
  });

  it('can only be archived (or have a sync conflict settled)', () => {
    const allowed = OPERATION_NAMES.filter((op) => isAllowed(COMPLAINT_AT.duplikat, op));
    expect(allowed).toEqual(['archive', 'resolve_conflict']);
  });
});
