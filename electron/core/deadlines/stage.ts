import {
  STATUSES,
  isLateStage,
  missingCase,
  type DeadlineStage,
  type Operation,
  type Status,
} from '../../../shared/index.ts';

/**
 * Which clock runs in a status. Verified items wait for their disposition on the desk's clock (product.md:
 * "verification and disposition: 3 hari kerja after receipt"); closed, rejected and merged ones have none.
 */
export function stageFor(status: Status): DeadlineStage | null {
  switch (status) {
    case 'baru':
    case 'ditunda':
    case 'terverifikasi':
      return 'verifikasi';
    case 'didisposisikan':
    case 'diproses':
      return 'tindak_lanjut';
    case 'ditindaklanjuti':
      return 'konfirmasi';
    case 'selesai':
    case 'ditolak':
    case 'bukan_wewenang':
    case 'duplikat':
    case 'diarsipkan':
      return null;
    default:
      return missingCase(status);
  }
}

export const statusesIn = (stage: DeadlineStage): Status[] => STATUSES.filter((s) => stageFor(s) === stage);

/** Statuses in which a passed deadline means someone is late: what the overdue filter looks at. */
export const LATE_STATUSES: readonly Status[] = STATUSES.filter((s) => {
  const stage = stageFor(s);
  return stage !== null && isLateStage(stage);
});

/**
 * When the clock of a stage entered by `op` starts. The desk's clock runs from receipt, but a reopened
 * item gets a fresh one (the desk was not late while it was closed); the reporter's clock runs from the
 * response as recorded; every other clock from the moment of the operation.
 */
export function clockStart(stage: DeadlineStage, op: Operation, atMs: number, receivedMs: number): number {
  if (op.name === 'record_response') return Date.parse(op.args.respondedAt);
  if (stage === 'verifikasi' && op.name !== 'reopen') return receivedMs;
  return atMs;
}

/** Operations that start their stage's clock again even when the stage stays the same. */
export const restartsClock = (op: Operation): boolean =>
  op.name === 'dispose' || op.name === 'record_response';
