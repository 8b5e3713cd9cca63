/*
 * Impersonation: a handle that imitates one of the city's official accounts (the largest
 * government-related hoax category in Kominfo's reports). Close but not equal is the signal:
 * "pemkot.tasikmalaya_" or "pemkottasikmaiaya" next to "pemkottasikmalaya".
 */
import { handleAsWritten, handleKey, type OfficialHandle } from '../lexicon.ts';
import type { FlagReason } from '../types.ts';
import type { Analysed } from './context.ts';

const LOOKALIKE_WEIGHT = 0.7;
const CLAIM_WEIGHT = 0.35;
/** Shorter handles are too alike by chance to compare. */
const MIN_LENGTH = 8;
const MAX_EDITS = 2;

/** Edit distance, giving up above `limit` (only "close or not" matters). */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return false;
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

/**
 * Two edits leave at least one end of a long handle intact: checking the first or last 4 characters
 * first spares the edit distance for nearly every handle (it runs for every item).
 */
const sharesAnEnd = (a: string, b: string) => a.slice(0, 4) === b.slice(0, 4) || a.slice(-4) === b.slice(-4);

const isOfficial = (handle: string, officials: readonly OfficialHandle[]) => {
  const written = handleAsWritten(handle);
  return officials.some((o) => o.handle === written);
};

/**
 * The official handle this one imitates, if any. Only the exact official handle is official:
 * "pemkot.tasikmalaya_" has the official's letters, which is exactly the trick.
 */
export function imitatedHandle(handle: string, officials: readonly OfficialHandle[]): string | undefined {
  const key = handleKey(handle);
  if (key.length < MIN_LENGTH || isOfficial(handle, officials)) return undefined;
  const imitated = officials.find(
    (o) => key.includes(o.key) || (sharesAnEnd(key, o.key) && withinEdits(key, o.key, MAX_EDITS)),
  );
  return imitated?.handle;
}

export function impersonationReasons(a: Analysed, handle: string | undefined): FlagReason[] {
  if (handle === undefined) return [];
  const { officialHandles } = a.lexicon;
  const imitated = imitatedHandle(handle, officialHandles);
  if (imitated !== undefined) {
    const note = `handle ${handle} imitates the official ${imitated}`;
    return [{ kind: 'impersonation', term: imitated, weight: LOOKALIKE_WEIGHT, note }];
  }
  if (a.found.officialClaims.length === 0 || isOfficial(handle, officialHandles)) return [];
  return a.found.officialClaims.map((m) => ({
    kind: 'impersonation',
    term: m.value,
    weight: CLAIM_WEIGHT,
    start: m.start,
    end: m.end,
    note: `an unofficial account (${handle}) presents itself as official`,
  }));
}
