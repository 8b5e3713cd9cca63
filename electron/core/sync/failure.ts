/**
 * Why a call to the hub failed, as the runner must react to it:
 * - transient: network down, timeout, 5xx, a truncated or malformed body: keep everything, retry later;
 * - sign_in: 401/403: the token is gone or not allowed; retrying will not help until someone connects;
 * - seq_gap: the hub expects another clientSeq first: resend from expectedSeq;
 * - permanent: any other 4xx: the request itself is wrong; retrying the same request will not help.
 */
export type FailureKind = 'transient' | 'sign_in' | 'seq_gap' | 'permanent';

export class SyncFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly expectedSeq: number | null = null,
  ) {
    super(message);
  }
}

/** The failure an HTTP status means (the body's code refines 409). */
export function failureOfStatus(status: number, code: string | null): FailureKind {
  if (status === 401 || status === 403) return 'sign_in';
  if (status === 409 && code === 'seq_gap') return 'seq_gap';
  // 408 and 429 are the hub being busy, not the request being wrong.
  if (status >= 500 || status === 408 || status === 429) return 'transient';
  return 'permanent';
}

/** Anything thrown while talking to the hub that is not already classified is a transient fault. */
export const asSyncFailure = (err: unknown): SyncFailure =>
  err instanceof SyncFailure
    ? err
    : new SyncFailure('transient', err instanceof Error ? err.message : String(err));
