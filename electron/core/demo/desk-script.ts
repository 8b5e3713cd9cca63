import { randomUUID } from 'node:crypto';
import type { WorkCalendar } from '../../../shared/calendar/workdays.ts';
import type { ComplaintState, Operation, Status } from '../../../shared/index.ts';
import { officeHoursAfter } from './office-hours.ts';
import type { Random } from './random.ts';

/** One step of a demo item's history: who did what, when. */
export type DeskStep = { op: Operation; actor: string; atMs: number };

/** The working calendar the office hours follow, and the instant no history may pass. */
export type DeskClock = { cal: WorkCalendar; nowMs: number };

/** What the script needs of an item: where it stands now (workTheDesk's columns) and when it came in. */
export type DeskItem = { receivedMs: number; state: ComplaintState };

export type DeskPeople = {
  moderator: string;
  supervisor: string;
  /** The liaison who acts for a dinas. */
  liaisonOf: (dinasId: string) => string;
  /** Some other dinas, the wrong first address of a reassigned item. */
  otherThan: (dinasId: string) => string;
  /** How many office hours a dinas usually takes to answer: slow ones miss their deadlines. */
  paceOf: (dinasId: string) => number;
};

const RESPONSES = [
  'Sudah kami tinjau ke lokasi dan ditindaklanjuti oleh petugas lapangan.',
  'Perbaikan sudah dijadwalkan dan dikerjakan minggu ini. Terima kasih atas laporannya.',
  'Petugas sudah menangani laporan ini; mohon kabari bila masih ada kendala.',
  'Laporan sudah diteruskan ke UPT terkait dan telah diselesaikan.',
] as const;

const HOLD_MISSING = 'Lokasi persisnya belum jelas; menunggu keterangan pelapor.';
const REOPEN_REASON = 'Pelapor menyampaikan masalah muncul kembali setelah ditangani.';

/** How far a disposed item's script runs: acknowledged (1), answered (2), settled (3). */
const REACH: Partial<Record<Status, number>> = {
  didisposisikan: 0,
  diproses: 1,
  ditindaklanjuti: 2,
  selesai: 3,
};

/**
 * The operations that brought a demo item to where workTheDesk put it, with plausible people and times
 * in office hours after its receipt. Replayed through the reducer by the caller, they must end in the
 * item's stored state. A few items are reassigned or reopened, so those figures are not empty either.
 */
export function deskScript(item: DeskItem, people: DeskPeople, random: Random, clock: DeskClock): DeskStep[] {
  const steps: DeskStep[] = [];
  let at = item.receivedMs;
  // What would happen after now has happened just now: a recent item's history is squeezed, not cut.
  const advance = (officeHours: number) =>
    (at = Math.min(officeHoursAfter(at, officeHours, clock.cal), clock.nowMs - 60_000));
  const step = (op: Operation, actor: string, officeHours: number) => {
    advance(officeHours);
    steps.push({ op, actor, atMs: at });
  };
  const s = item.state;
  const decideIn = 0.3 + random.float() * 6;
  if (s.status === 'baru') return steps;
  if (s.status === 'ditunda')
    step({ name: 'hold', args: { missing: HOLD_MISSING } }, people.moderator, decideIn);
  if (s.status === 'ditolak' && s.rejectReason !== null) {
    step({ name: 'reject', args: { reason: s.rejectReason } }, people.moderator, decideIn);
  }
  if (s.verdict !== 'valid' || s.type === null || s.categoryId === null) return steps;
  const { type, categoryId, priority, confidentiality } = s;
  step({ name: 'verify', args: { type, categoryId, priority, confidentiality } }, people.moderator, decideIn);
  const reach = REACH[s.status];
  if (s.dinasId === null || reach === undefined) return steps;
  const dinasId = s.dinasId;
  const liaison = people.liaisonOf(dinasId);
  const pace = people.paceOf(dinasId);
  if (random.chance(0.08)) {
    const wrong = people.otherThan(dinasId);
    step({ name: 'dispose', args: { dinasId: wrong } }, people.moderator, 1 + random.float() * 6);
    step({ name: 'acknowledge', args: {} }, people.liaisonOf(wrong), 1 + random.float() * 8);
    const reason = 'Bukan kewenangan dinas sebelumnya; dialihkan ke dinas yang berwenang.';
    step({ name: 'dispose', args: { dinasId, reason } }, people.moderator, 2 + random.float() * 12);
  } else {
    step({ name: 'dispose', args: { dinasId } }, people.moderator, 1 + random.float() * 6);
  }
  if (reach < 1) return steps;
  step({ name: 'acknowledge', args: {} }, liaison, (0.5 + random.float() * 1.5) * pace * 0.3);
  if (reach < 2) return steps;
  const respond = () => {
    advance((0.3 + random.float() * 1.7) * pace);
    steps.push({ op: responseOp(random, at), actor: liaison, atMs: at });
  };
  respond();
  if (reach < 3) return steps;
  step({ name: 'confirm_done', args: { by: 'supervisor' } }, people.supervisor, 2 + random.float() * 14);
  if (random.chance(0.05)) {
    step({ name: 'reopen', args: { reason: REOPEN_REASON } }, people.supervisor, 8 + random.float() * 24);
    respond();
    step({ name: 'confirm_done', args: { by: 'supervisor' } }, people.supervisor, 2 + random.float() * 14);
  }
  return steps;
}

function responseOp(random: Random, atMs: number): Operation {
  return {
    name: 'record_response',
    args: {
      responseId: randomUUID(),
      text: random.pick(RESPONSES),
      respondedAt: new Date(atMs).toISOString(),
      isPublic: true,
      evidence: [],
    },
  };
}
