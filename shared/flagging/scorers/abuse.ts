/*
 * Abuse: how insulting the language is, grievance or not (suggest.ts decides whether a grievance
 * wrapped in insults is still valid). Banned words count anywhere. Suspect words (sampah, buta, mati,
 * anjing…) count only when aimed at someone within one clause, and never inside an allow-listed
 * complaint phrase: "sampah menumpuk" is the commonest valid report, "pemkot sampah" is an insult.
 */
import { isClauseBreak, type Token } from '../normalise.ts';
import type { PhraseMatch } from '../phrases.ts';
import type { Aimer } from '../lexicon.ts';
import type { FlagReason } from '../types.ts';
import { scoredBy, type Scored } from './combine.ts';
import { written, type Analysed } from './context.ts';

const BANNED_WEIGHT = 0.9;
const AIMED_WEIGHT = 0.75;
/**
 * A bare comment ("woy anjing", "akun sampah") is aimed at whoever reads it: with this few words and
 * no service named, a suspect word has no everyday meaning left to carry.
 */
const BARE_WORDS = 5;
const BARE_WEIGHT = 0.6;

/** Whether the text is a short comment naming no service or problem besides the word at [first, last]. */
function isBare(a: Analysed, first: number, last: number): boolean {
  if (a.tokens.filter((t) => !t.mark).length > BARE_WORDS) return false;
  const other = (m: PhraseMatch<string>) => m.last < first || m.first > last;
  return !a.found.services.some(other) && !a.found.problems.some(other);
}

/** The aimer that points a suspect word [first, last] at someone, looking both ways within the clause. */
function aimerOf(
  tokens: readonly Token[],
  aimerAt: ReadonlyMap<number, Aimer>,
  first: number,
  last: number,
): Aimer | undefined {
  for (const direction of [-1, 1] as const) {
    let i = direction < 0 ? first - 1 : last + 1;
    for (let distance = 1; distance <= 2; i += direction) {
      const token = tokens[i];
      if (token === undefined || isClauseBreak(token)) break;
      if (token.mark) continue;
      const aimer = aimerAt.get(i);
      if (aimer !== undefined && aimer.reach >= distance) return aimer;
      distance++;
    }
  }
  return undefined;
}

/** Where each aimer stands, by every token it covers. */
function aimerPositions(matches: readonly PhraseMatch<Aimer>[]): Map<number, Aimer> {
  const at = new Map<number, Aimer>();
  for (const m of matches) for (let k = m.first; k <= m.last; k++) at.set(k, m.value);
  return at;
}

export type AbuseScored = Scored & { insultSpans: { start: number; end: number }[] };

export function scoreAbuse(a: Analysed): AbuseScored {
  const { tokens } = a;
  const found = a.found.insults;
  if (found.length === 0) return { score: 0, reasons: [], insultSpans: [] };
  let aimerAt: Map<number, Aimer> | undefined;
  const reasons: FlagReason[] = [];
  const insultSpans: { start: number; end: number }[] = [];
  for (const m of found) {
    const span = { start: m.start, end: m.end };
    if (m.value.banned) {
      reasons.push({ kind: 'insult', term: m.value.term, weight: BANNED_WEIGHT, ...span });
      insultSpans.push(span);
      continue;
    }
    if (a.inComplaintPhrase.has(m.first)) continue;
    aimerAt ??= aimerPositions(a.found.aimers);
    const aimer = aimerOf(tokens, aimerAt, m.first, m.last);
    if (aimer !== undefined) {
      const note = `"${written(a, m)}" aimed by "${aimer.term}"`;
      reasons.push({ kind: 'aimed_insult', term: m.value.term, weight: AIMED_WEIGHT, ...span, note });
    } else if (isBare(a, m.first, m.last)) {
      const note = `"${written(a, m)}" alone in a short comment names no problem: aimed at the reader`;
      reasons.push({ kind: 'aimed_insult', term: m.value.term, weight: BARE_WEIGHT, ...span, note });
    } else continue;
    insultSpans.push(span);
  }
  return { ...scoredBy(reasons), insultSpans };
}
