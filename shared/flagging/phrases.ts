/*
 * Finding list entries (one or more words) in a token stream. Entries are indexed by their first word,
 * so a text is matched in one pass whatever the list size: a handful of map lookups per token.
 */
import type { Token } from './normalise.ts';

export type PhraseEntry<T> = { words: readonly string[]; value: T };
export type PhraseIndex<T> = ReadonlyMap<string, readonly PhraseEntry<T>[]>;

/** One entry found: its value, the tokens it covers [first, last] and its span in the text. */
export type PhraseMatch<T> = { value: T; first: number; last: number; start: number; end: number };

/**
 * Indexes entries by first word. Entries with no words (a term of only spaces) are left out, and so
 * are entries that normalise to the words of an earlier one of the same group ("gblk" and "goblok"
 * are one word once slang is read): the first, as listed, is the one reported.
 */
export function indexPhrases<T>(
  entries: readonly PhraseEntry<T>[],
  group: (value: T) => string = () => '',
): PhraseIndex<T> {
  const index = new Map<string, PhraseEntry<T>[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const head = entry.words[0];
    const key = `${group(entry.value)}\u0000${entry.words.join(' ')}`;
    if (head === undefined || seen.has(key)) continue;
    seen.add(key);
    const bucket = index.get(head);
    if (bucket) bucket.push(entry);
    else index.set(head, [entry]);
  }
  return index;
}

const isWord = (token: Token | undefined, word: string | undefined): boolean =>
  token !== undefined && (token.word === word || (token.stem !== undefined && token.stem === word));

function matchesAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    if (!isWord(tokens[i + k], words[k])) return false;
  }
  return true;
}

function collect<T>(
  found: PhraseMatch<T>[],
  tokens: readonly Token[],
  i: number,
  bucket: readonly PhraseEntry<T>[],
) {
  const token = tokens[i] as Token;
  for (const entry of bucket) {
    if (!matchesAt(tokens, i, entry.words)) continue;
    const last = i + entry.words.length - 1;
    found.push({ value: entry.value, first: i, last, start: token.start, end: (tokens[last] as Token).end });
  }
}

/** Every entry found, in text order; overlapping entries are all reported (weights may add up). */
export function findPhrases<T>(tokens: readonly Token[], index: PhraseIndex<T>): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const bucket = index.get(token.word);
    if (bucket !== undefined) collect(found, tokens, i, bucket);
    const stemmed = token.stem === undefined ? undefined : index.get(token.stem);
    if (stemmed !== undefined) collect(found, tokens, i, stemmed);
  }
  return found;
}

/** Token indices covered by any of the matches. */
export function coveredTokens(matches: readonly PhraseMatch<unknown>[]): Set<number> {
  const covered = new Set<number>();
  for (const m of matches) for (let k = m.first; k <= m.last; k++) covered.add(k);
  return covered;
}
