/** Five failed sign-ins for one username within five minutes close it to sign-in for five minutes. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 5 * 60 * 1000;
export const LOCK_MS = 5 * 60 * 1000;
/** Above this many usernames being tracked, the stale ones are dropped, so guessing cannot fill memory. */
const PRUNE_ABOVE = 1_000;

export type SignInThrottle = {
  /** Until when sign-in is refused for the username (epoch ms), or null when it is not. */
  lockedUntil(username: string, now: number): number | null;
  failed(username: string, now: number): void;
  succeeded(username: string): void;
};

/**
 * Kept in memory: it slows down guessing at this desk; a restart clears it, which a person at the
 * machine could do anyway.
 */
export function signInThrottle(): SignInThrottle {
  const failures = new Map<string, number[]>();
  const locks = new Map<string, number>();
  const prune = (now: number) => {
    for (const [name, times] of failures) if (times.every((t) => t <= now - WINDOW_MS)) failures.delete(name);
    for (const [name, until] of locks) if (until <= now) locks.delete(name);
  };
  return {
    lockedUntil(username, now) {
      const until = locks.get(username);
      return until !== undefined && until > now ? until : null;
    },
    failed(username, now) {
      if (failures.size > PRUNE_ABOVE) prune(now);
      const recent = [...(failures.get(username) ?? []), now].filter((t) => t > now - WINDOW_MS);
      if (recent.length >= MAX_FAILURES) {
        locks.set(username, now + LOCK_MS);
        failures.delete(username);
      } else {
        failures.set(username, recent);
      }
    },
    succeeded(username) {
      failures.delete(username);
    },
  };
}
