/*
 * Unfair attack (possible fitnah): an accusation or insult aimed at a person the text identifies: a
 * title and a name ("pak Dadang", "si Euis"), an office held by one person ("bu kadis", "camat
 * Tawang"), or staff beside a name. Since ruling 105/PUU-XXII/2024 only individuals can be defamed,
 * so accusations against an agency stay weak here; they are complaints about a service.
 */
import type { Token } from '../normalise.ts';
import type { PhraseMatch } from '../phrases.ts';
import type { FlagReason } from '../types.ts';
import { noisyOr, type Scored } from './combine.ts';
import { written, type Analysed } from './context.ts';

/** An accusation with nobody named is a complaint about conduct, worth a look but not fitnah. */
const UNNAMED_FACTOR = 0.3;
/** Insults aimed at a named person are an attack even without an accused crime. */
const INSULT_AT_PERSON = 0.6;

type Target = { start: number; end: number; label: string };

/** Capitalised as written and not an acronym: "Dadang", not "PUPR" or "jalan". */
const looksLikeName = (a: Analysed, t: Token | undefined): t is Token => {
  if (t === undefined || t.mark || t.word.length < 2 || a.lexicon.notNames.has(t.word)) return false;
  const typed = a.text.slice(t.start, t.end);
  return /^\p{Lu}\p{Ll}/u.test(typed);
};

const canBeName = (a: Analysed, t: Token | undefined): t is Token =>
  t !== undefined && !t.mark && t.word.length >= 2 && !a.lexicon.notNames.has(t.word) && !/^\d/.test(t.word);

/** The name following token i (one or two words), or null. */
function nameAfter(a: Analysed, i: number, anyCase: boolean): { last: number } | null {
  const next = a.tokens[i + 1];
  if (!(anyCase ? canBeName(a, next) : looksLikeName(a, next))) return null;
  return { last: looksLikeName(a, a.tokens[i + 2]) ? i + 2 : i + 1 };
}

/** How far back a place word still makes a name a place: "Jl. Ir. H. Juanda" has two words between. */
const PLACE_REACH = 3;

/** Whether a place word stands just before token i (dots skipped): then the "name" is a street or a school. */
function afterPlaceWord(a: Analysed, i: number): boolean {
  let words = 0;
  for (let k = i - 1; k >= 0 && words < PLACE_REACH; k--) {
    const token = a.tokens[k] as Token;
    if (token.mark) {
      if (token.word === '.') continue;
      return false;
    }
    if (a.lexicon.placeWords.has(token.word)) return true;
    words++;
  }
  return false;
}

/** A given name the lists know, in any case: chat writes "asep" as often as "Asep". */
const isKnownName = (a: Analysed, t: Token | undefined): t is Token =>
  t !== undefined && !t.mark && a.lexicon.names.has(t.word);

function targetsOf(a: Analysed): Target[] {
  const { tokens, lexicon } = a;
  const targets: Target[] = [];
  const add = (first: number, last: number) => {
    if (afterPlaceWord(a, first)) return;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    // One person named several ways ("pak Asep Sopandi"): the first reading stands.
    if (targets.some((t) => t.start < end && start < t.end)) return;
    targets.push({ start, end, label: a.text.slice(start, end) });
  };
  tokens.forEach((token, i) => {
    if (token.mark || !lexicon.titles.has(token.word)) return;
    // Chat writes names in lower case: after a title any word that is not a common one will do.
    const name = nameAfter(a, i, true);
    if (name) add(i, name.last);
  });
  for (const role of a.found.roles) {
    add(role.first, nameAfter(a, role.last, false)?.last ?? role.last);
  }
  tokens.forEach((token, i) => {
    // A full name as written ("Teguh Permana"), titled or not: two capitalised words no list knows.
    if (looksLikeName(a, token) && looksLikeName(a, tokens[i + 1]) && !looksLikeName(a, tokens[i - 1]))
      add(i, i + 1);
    // A common given name alone, in any case, with its surname when one follows ("Nanang dari PUPR").
    else if (isKnownName(a, token))
      add(i, looksLikeName(a, tokens[i + 1]) || isKnownName(a, tokens[i + 1]) ? i + 1 : i);
  });
  for (const staff of a.found.staff) {
    const name = nameAfter(a, staff.last, false);
    if (name) add(staff.first, name.last);
  }
  return targets;
}

const reasonOf = (
  a: Analysed,
  m: PhraseMatch<{ term: string; weight: number }>,
  factor: number,
): FlagReason => ({
  kind: 'accusation',
  term: m.value.term,
  weight: m.value.weight * factor,
  start: m.start,
  end: m.end,
  note: `accuses: "${written(a, m)}"`,
});

/** Characters between a name and an insult for the insult to be about that person. */
const NEAR = 30;
type Span = { start: number; end: number };
const near = (t: Span, s: Span) => s.start - t.end <= NEAR && t.start - s.end <= NEAR;

/** insults: spans scoreAbuse found; they make an attack only beside a named person. */
export function scoreAttack(a: Analysed, insults: readonly Span[]): Scored & { target: string | null } {
  const accusations = a.found.accusations;
  if (accusations.length === 0 && insults.length === 0) return { score: 0, reasons: [], target: null };
  const targets = targetsOf(a);
  const first = targets[0];
  if (first === undefined) {
    const reasons = accusations.map((m) => reasonOf(a, m, UNNAMED_FACTOR));
    return { score: noisyOr(reasons.map((r) => r.weight)), reasons, target: null };
  }
  const reasons: FlagReason[] = targets.map((t) => ({
    kind: 'target',
    term: t.label,
    weight: 0,
    start: t.start,
    end: t.end,
    note: 'names a person: propose rahasia',
  }));
  reasons.push(...accusations.map((m) => reasonOf(a, m, 1)));
  const weights = accusations.map((m) => m.value.weight);
  if (insults.some((s) => targets.some((t) => near(t, s)))) weights.push(INSULT_AT_PERSON);
  return { score: noisyOr(weights), reasons, target: first.label };
}
