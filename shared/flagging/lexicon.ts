/*
 * The word lists compiled once into what the scorers look up: every entry normalised exactly like the
 * text it will meet (same slang, same shaping), indexed by first word. Built once per list version;
 * scoring an item then costs a few map lookups per token.
 */
import type { FlagLists } from './lists.ts';
import { normalise, termWords, type SlangMap } from './normalise.ts';
import { indexPhrases, type PhraseEntry, type PhraseIndex } from './phrases.ts';
import { shingleFilter, shingleHashes } from './shingles.ts';

export type Insult = { term: string; banned: boolean };
export type Weighted = { term: string; weight: number };
/** How far an aimer reaches: a pronoun two words ("kamu memang buta"), a person or office one. */
export type Aimer = { term: string; reach: 1 | 2 };
export type OfficialHandle = { handle: string; key: string };
export type KnownHoax = { id: string; text: string; shingles: Uint32Array };

/** Every list entry with the list it came from: one index for all, so a text is matched in one pass. */
export type Listed =
  | { list: 'insults'; value: Insult }
  /** Words that aim a suspect word at someone: pronouns, "dasar", and people or offices. */
  | { list: 'aimers'; value: Aimer }
  | {
      list: 'complaintPhrases' | 'services' | 'problems' | 'requests' | 'roles' | 'staff' | 'officialClaims';
      value: string;
    }
  | { list: 'hoaxMarkers' | 'spamTerms' | 'accusations'; value: Weighted };
export type ListName = Listed['list'];

export type Lexicon = {
  slang: SlangMap;
  phrases: PhraseIndex<Listed>;
  watchedDomains: readonly string[];
  knownHoaxes: readonly KnownHoax[];
  /** Shingle → indices into knownHoaxes, so an item meets only the claims it shares text with. */
  hoaxShingles: ReadonlyMap<number, readonly number[]>;
  /** The same shingles as a bit filter, tested before the map (most shingles are in no claim). */
  hoaxFilter: Uint32Array;

  linkWeight: number;
  repeatedLinkWeight: number;
  titles: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  names: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
  /** The city's accounts as written (lower case, no @) and as compared (letters and digits only). */
  officialHandles: readonly OfficialHandle[];
  /** "abuse@1 slang@1 …": which list versions built this, for reasons and stored models. */
  versions: string;
};

function slangOf(lists: FlagLists): SlangMap {
  const map = new Map<string, readonly string[]>();
  for (const [typed, written] of Object.entries(lists.slang.spellings)) {
    const key = termWords(typed).join(' ');
    if (key !== '') map.set(key, termWords(written));
  }
  return map;
}

type Entry = PhraseEntry<Listed>;

const plain = (
  list: Extract<Listed, { value: string }>['list'],
  terms: readonly string[],
  slang: SlangMap,
): Entry[] => terms.map((term) => ({ words: termWords(term, slang), value: { list, value: term } }));

const weighted = (
  list: Extract<Listed, { value: Weighted }>['list'],
  entries: readonly { phrase: string; weight: number }[],
  slang: SlangMap,
): Entry[] =>
  entries.map(({ phrase, weight }) => ({
    words: termWords(phrase, slang),
    value: { list, value: { term: phrase, weight } },
  }));

function allPhrases(lists: FlagLists, slang: SlangMap): Entry[] {
  const insult =
    (banned: boolean) =>
    (term: string): Entry => ({
      words: termWords(term, slang),
      value: { list: 'insults', value: { term, banned } },
    });
  const aimer =
    (reach: 1 | 2) =>
    (term: string): Entry => ({
      words: termWords(term, slang),
      value: { list: 'aimers', value: { term, reach } },
    });
  return [
    ...lists.abuse.banned.map(insult(true)),
    ...lists.abuse.suspect.map(insult(false)),
    ...lists.abuse.aim.map(aimer(2)),
    ...lists.abuse.targets.map(aimer(1)),
    ...plain('complaintPhrases', lists.complaints.phrases, slang),
    ...plain('services', lists.complaints.services, slang),
    ...plain('problems', lists.complaints.problems, slang),
    ...plain('requests', lists.complaints.requests, slang),
    ...plain('roles', lists.attack.roles, slang),
    ...plain('staff', lists.attack.staff, slang),
    ...plain('officialClaims', lists.officialHandles.claimWords, slang),
    ...weighted('hoaxMarkers', lists.hoax.markers, slang),
    ...weighted('spamTerms', lists.spam.terms, slang),
    ...weighted('accusations', lists.attack.accusations, slang),
  ];
}

function hoaxIndex(claims: readonly KnownHoax[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  claims.forEach((claim, i) => {
    for (const shingle of claim.shingles) {
      const bucket = index.get(shingle);
      if (bucket) bucket.push(i);
      else index.set(shingle, [i]);
    }
  });
  return index;
}

/** A handle as written, without case or a leading @: only this exact form is the official account. */
export const handleAsWritten = (handle: string): string => handle.trim().toLowerCase().replace(/^@/, '');
/** Handles compare for likeness without dots, underscores or dashes ("pemkot.tasik_" ≈ "pemkottasik"). */
export const handleKey = (handle: string): string => handle.toLowerCase().replace(/[^a-z0-9]/g, '');

export function compileLexicon(lists: FlagLists): Lexicon {
  const slang = slangOf(lists);
  const knownHoaxes = lists.knownHoaxes.claims.map(({ id, text }) => ({
    id,
    text,
    shingles: shingleHashes(normalise(text, slang)),
  }));
  const versions = Object.entries(lists)
    .map(([name, list]) => `${name}@${list.version}`)
    .join(' ');
  return {
    slang,
    // Keyed by list and words, so one word may stand in several lists ("sampah": suspect and service).
    phrases: indexPhrases(allPhrases(lists, slang), (v) => v.list),
    watchedDomains: lists.hoax.watchedDomains.map((d) => d.toLowerCase()),
    knownHoaxes,
    hoaxShingles: hoaxIndex(knownHoaxes),
    hoaxFilter: shingleFilter(knownHoaxes.flatMap((claim) => [...claim.shingles])),
    linkWeight: lists.spam.linkWeight,
    repeatedLinkWeight: lists.spam.repeatedLinkWeight,
    titles: new Set(lists.attack.titles.flatMap((t) => termWords(t, slang))),
    // A title before a service or an office ("pak RT", "bu dinas") names nobody.
    notNames: new Set(
      [...lists.attack.notNames, ...lists.abuse.targets, ...lists.complaints.services].flatMap((t) =>
        termWords(t, slang),
      ),
    ),
    names: new Set(lists.attack.names.flatMap((t) => termWords(t, slang))),
    placeWords: new Set(lists.attack.placeWords.flatMap((t) => termWords(t, slang))),
    officialHandles: lists.officialHandles.handles.map((h) => ({
      handle: handleAsWritten(h),
      key: handleKey(h),
    })),
    versions,
  };
}
