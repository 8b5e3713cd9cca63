import {
  NEW_COMPLAINT_STATE,
  type ComplaintState,
  type Operation,
  type OperationName,
  type Status,
} from '../../../shared/index.ts';

/** A complaint as ingest creates it: nothing decided yet. */
export const NEW_COMPLAINT: ComplaintState = NEW_COMPLAINT_STATE;

const VERIFIED: ComplaintState = {
  ...NEW_COMPLAINT,
  verdict: 'valid',
  type: 'pengaduan',
  categoryId: 'jalan-rusak',
};
const WITH_DINAS: ComplaintState = { ...VERIFIED, dinasId: 'pupr' };

/** A plausible state for each status, as the lifecycle would have left it. */
export const COMPLAINT_AT: Record<Status, ComplaintState> = {
  baru: NEW_COMPLAINT,
  ditunda: { ...NEW_COMPLAINT, status: 'ditunda' },
  terverifikasi: { ...VERIFIED, status: 'terverifikasi' },
  didisposisikan: { ...WITH_DINAS, status: 'didisposisikan' },
  diproses: { ...WITH_DINAS, status: 'diproses' },
  ditindaklanjuti: { ...WITH_DINAS, status: 'ditindaklanjuti' },
  selesai: { ...WITH_DINAS, status: 'selesai' },
  ditolak: { ...NEW_COMPLAINT, status: 'ditolak', verdict: 'ditolak', rejectReason: 'hoaks' },
  bukan_wewenang: {
    ...NEW_COMPLAINT,
    status: 'bukan_wewenang',
    verdict: 'bukan_wewenang',
    responsibleParty: 'Kementerian PUPR (jalan nasional)',
  },
  duplikat: { ...NEW_COMPLAINT, status: 'duplikat', verdict: 'duplikat', masterId: 'c-0001' },
  diarsipkan: { ...NEW_COMPLAINT, status: 'diarsipkan' },
};

type OpNamed<N extends OperationName> = Extract<Operation, { name: N }>;

/** One valid operation of every kind, as the contract would hand it to the reducer. */
export const SAMPLE_OP: { [N in OperationName]: OpNamed<N> } = {
  verify: {
    name: 'verify',
    args: { type: 'aspirasi', categoryId: 'parkir', priority: 'tinggi', confidentiality: 'anonim' },
  },
  hold: { name: 'hold', args: { missing: 'Lokasi persisnya di mana?' } },
  reject: { name: 'reject', args: { reason: 'fitnah', note: 'Menuduh pejabat bernama' } },
  mark_not_authority: { name: 'mark_not_authority', args: { responsibleParty: 'Pemprov Jawa Barat' } },
  merge_duplicate: { name: 'merge_duplicate', args: { masterId: 'c-0042' } },
  archive: { name: 'archive', args: {} },
  reopen: { name: 'reopen', args: { reason: 'Pelapor: jalan masih berlubang' } },
  dispose: { name: 'dispose', args: { dinasId: 'dishub' } },
  acknowledge: { name: 'acknowledge', args: {} },
  record_response: {
    name: 'record_response',
    args: {
      responseId: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f',
      text: 'Sudah ditambal hari ini',
      respondedAt: '2026-03-02T14:05:00+07:00',
      isPublic: true,
      evidence: ['https://pupr.tasikmalayakota.go.id/foto/123.jpg'],
    },
  },
  confirm_done: { name: 'confirm_done', args: { by: 'pelapor' } },
  return_to_dinas: { name: 'return_to_dinas', args: { reason: 'Foto bukan lokasi yang dilaporkan' } },
  add_note: {
    name: 'add_note',
    args: { noteId: '0b7e6a52-3c1d-4f8e-a9b0-c1d2e3f4a5b6', text: 'Sudah dihubungi via DM' },
  },
  set_priority: { name: 'set_priority', args: { priority: 'darurat' } },
  set_lapor: { name: 'set_lapor', args: { trackingNo: 'TSM2603001', recorded: true } },
  assign: { name: 'assign', args: { userId: '5b1f0c3e-2d4a-4e6b-8c7d-9e0f1a2b3c4d' } },
  set_flag: { name: 'set_flag', args: { flagged: true, reason: 'Perlu dicek supervisor' } },
  resolve_conflict: {
    name: 'resolve_conflict',
    args: {
      conflictId: '3d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
      choice: 'current',
      value: { verdict: 'valid', status: 'terverifikasi' },
    },
  },
};
