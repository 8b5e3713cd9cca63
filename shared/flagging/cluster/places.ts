/*
 * Which places a text names: the word after each place word ("jalan Cibeuti", "puskesmas Kawalu",
 * "RT 04"). Two reports built on one template ("jalan X banyak lubang besar") differ mostly in these
 * few words, which Jaccard over shingles barely sees; so near-identical texts that name different
 * places of one kind (jalan Talagasari vs jalan Cibeuti) are different problems.
 */
import type { Token } from '../normalise.ts';

/** Place word → the names that follow it in the text. */
export type PlaceNames = ReadonlyMap<string, ReadonlySet<string>>;

const NONE: PlaceNames = new Map();

/** notNames: words that follow a place word without naming one ("jalan di …", "jalan yang …"). */
export function placeNames(
  tokens: readonly Token[],
  placeWords: ReadonlySet<string>,
  notNames: ReadonlySet<string>,
): PlaceNames {
  let names: Map<string, Set<string>> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.mark || !placeWords.has(token.word)) continue;
    // The name may come after a dot ("Jl. Cibeuti").
    let j = i + 1;
    while (tokens[j]?.mark === true && tokens[j]?.word === '.') j++;
    const name = tokens[j];
    if (name === undefined || name.mark || placeWords.has(name.word) || notNames.has(name.word)) continue;
    names ??= new Map();
    const known = names.get(token.word);
    if (known) known.add(name.word);
    else names.set(token.word, new Set([name.word]));
  }
  return names ?? NONE;
}

/** False when both texts name a place of one kind and share none of those names. */
export function samePlaces(a: PlaceNames, b: PlaceNames): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const [word, names] of a) {
    const other = b.get(word);
    if (other !== undefined && ![...names].some((n) => other.has(n))) return false;
  }
  return true;
}

/** True when the texts name at least one place of one kind by the same name ("puskesmas Kawalu"). */
export function sharePlace(a: PlaceNames, b: PlaceNames): boolean {
  for (const [word, names] of a) {
    const other = b.get(word);
    if (other !== undefined && [...names].some((n) => other.has(n))) return true;
  }
  return false;
}
