/*
 * Hoax: chain-message markers ("sebarkan", "info dari grup sebelah"), near-duplicates of claims the
 * desk has already debunked, and links to watched domains. Known claims are matched on shingles, so a
 * retyped or shortened copy still matches; containment (how much of the claim the item repeats) is the
 * measure, because a forwarded hoax usually wraps the claim in more text.
 */
import { eachShingle, jaccardFromOverlap, shingleHashes } from '../shingles.ts';
import type { KnownHoax } from '../lexicon.ts';
import type { FlagReason } from '../types.ts';
import { scoredBy, type Scored } from './combine.ts';
import { written, type Analysed } from './context.ts';
import { onWatch } from './links.ts';

/** Below this share of a claim's shingles the overlap is ordinary shared vocabulary. */
const CLAIM_FLOOR = 0.3;
const CLAIM_FULL = 0.7;
const WATCHED_WEIGHT = 0.5;

/**
 * Per known claim, how many shingles of the text it shares: counted with repeats first (no set to
 * keep), which can only overstate; only when that reaches some claim's floor are they counted again,
 * distinct. Most texts stop after the first count.
 */
function sharedPerClaim(a: Analysed, distinct: boolean): Int32Array {
  const { hoaxFilter, hoaxShingles, knownHoaxes } = a.lexicon;
  const shared = new Int32Array(knownHoaxes.length);
  const seen = distinct ? new Set<number>() : null;
  eachShingle(
    a.tokens,
    (s) => {
      const claims = hoaxShingles.get(s);
      if (claims === undefined || seen?.has(s) === true) return;
      seen?.add(s);
      for (const claim of claims) shared[claim] = (shared[claim] ?? 0) + 1;
    },
    hoaxFilter,
  );
  return shared;
}

const reachesFloor = (shared: Int32Array, claims: readonly KnownHoax[]) =>
  claims.some((claim, i) => (shared[i] ?? 0) >= CLAIM_FLOOR * claim.shingles.length);

function knownClaims(a: Analysed): FlagReason[] {
  const { knownHoaxes } = a.lexicon;
  if (!reachesFloor(sharedPerClaim(a, false), knownHoaxes)) return [];
  const shared = sharedPerClaim(a, true);
  const reasons: FlagReason[] = [];
  let textShingles: number | undefined;
  knownHoaxes.forEach((claim, i) => {
    const overlap = shared[i] ?? 0;
    const containment = overlap / claim.shingles.length;
    if (containment < CLAIM_FLOOR) return;
    const weight = Math.min(1, (containment - CLAIM_FLOOR) / (CLAIM_FULL - CLAIM_FLOOR));
    textShingles ??= shingleHashes(a.tokens).length;
    const similarity = jaccardFromOverlap(overlap, textShingles, claim.shingles.length);
    reasons.push({
      kind: 'known_hoax',
      term: claim.id,
      weight,
      note: `repeats ${Math.round(containment * 100)}% of known hoax "${claim.text}" (similarity ${similarity.toFixed(2)})`,
    });
  });
  return reasons;
}

/** extra: reasons from elsewhere that also point to a hoax (an impersonating handle). */
export function scoreHoax(a: Analysed, extra: readonly FlagReason[]): Scored {
  const reasons: FlagReason[] = a.found.hoaxMarkers.map((m) => ({
    kind: 'hoax_marker',
    term: m.value.term,
    weight: m.value.weight,
    start: m.start,
    end: m.end,
    note: `chain-message marker "${written(a, m)}"`,
  }));
  reasons.push(...knownClaims(a));
  for (const link of a.links) {
    const watched = onWatch(link.domain, a.lexicon.watchedDomains);
    if (watched === undefined) continue;
    const note = `link to watched domain ${watched}`;
    reasons.push({
      kind: 'watched_domain',
      term: watched,
      weight: WATCHED_WEIGHT,
      start: link.start,
      end: link.end,
      note,
    });
  }
  reasons.push(...extra);
  return scoredBy(reasons);
}
