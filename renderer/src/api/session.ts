/**
 * The session token of this tab. sessionStorage keeps it over a reload and forgets it when the window
 * closes; a copy in memory serves when storage is unavailable (private mode).
 */
const STORAGE_KEY = 'saring.session';

let token: string | null = read();
let version = 0;
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export const currentSession = (): string | null => token;

/** Counts sign-ins and sign-outs, so a screen can ask again whenever the session changes. */
export const sessionVersion = (): number => version;

export function setSession(next: string | null): void {
  token = next;
  version += 1;
  try {
    if (next === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, next);
  } catch {
    // The copy in memory still works for this page.
  }
  for (const listener of listeners) listener();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
