/*
 * Text → tokens the lists and the model compare, each keeping its span in the original text so the UI
 * can highlight what fired and masking can star exactly what was written. Handles how Indonesians
 * write online: case, letter repeats, digits for letters (word-shape.ts), spaced or dotted letters
 * (b-o-d-o-h, B E G O), and chat spellings via a slang map (gblk → goblok, ga → tidak). Punctuation
 * and emoji stay as their own "mark" tokens: they end clauses, and "a.b" must not match "a+b".
 * Written as one hand loop over the text: it runs on every item, 20k+ items a second.
 */
import { shapeWord, stemOf } from './word-shape.ts';

export type Token = {
  /** The compared form: "goblok" for "GOOBL0KKK"; the character itself for a mark. */
  word: string;
  /** The word without "di-" or "-nya" (word-shape.ts), when that differs: lists match either. */
  stem?: string;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  mark: boolean;
};

/** Chat spelling (already shaped) → the written word(s) it stands for. */
export type SlangMap = ReadonlyMap<string, readonly string[]>;

const NO_SLANG: SlangMap = new Map();

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number, char: string) =>
  c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && /\s/u.test(char));

/** é → e, 𝐠 → g, fullwidth Ｇ → g; letters of other scripts stay themselves. Cached: few distinct. */
const folded = new Map<string, string | null>();
function foldLetter(char: string): string | null {
  const cached = folded.get(char);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  if (/\p{L}/u.test(char)) {
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    result = base.length > 0 ? base : char.toLowerCase();
  }
  folded.set(char, result);
  return result;
}

/** The lower-cased letter or digit at i, or null; inside a word, @ $ ! count too (b@ngsat). */
function wordCharAt(text: string, i: number, inWord: boolean): string | null {
  if (i >= text.length) return null;
  const c = text.charCodeAt(i);
  if (isAsciiLetter(c)) return String.fromCharCode(c | 32);
  if (isDigit(c)) return text[i] ?? null;
  if (c === 64 || c === 36 || c === 33) {
    // Only between letters: "@pemkot" is a mention, "tolong!" ends a sentence.
    return inWord && isAsciiLetter(text.charCodeAt(i + 1)) ? (text[i] ?? null) : null;
  }
  if (c < 128) return null;
  const char = String.fromCodePoint(text.codePointAt(i) ?? c);
  return foldLetter(char);
}

const codeUnits = (text: string, i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** Plain ASCII letters and digits: the common case, lower-cased in one call instead of per character. */
const isPlain = (c: number) => isAsciiLetter(c) || isDigit(c);

/** Words and marks in reading order, before spaced letters are joined and slang is read. */
function scan(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const first = wordCharAt(text, i, false);
    if (first === null) {
      const size = codeUnits(text, i);
      const char = text.slice(i, i + size);
      if (!isSpace(text.charCodeAt(i), char))
        tokens.push({ word: char, stem: undefined, start: i, end: i + size, mark: true });
      i += size;
      continue;
    }
    const start = i;
    while (i < text.length && isPlain(text.charCodeAt(i))) i++;
    let word = text.slice(start, i).toLowerCase();
    // Rarer: folded letters (é, 𝐠) or signs inside a word (b@ngsat) continue it character by character.
    for (let next = wordCharAt(text, i, i > start); next !== null; next = wordCharAt(text, i, true)) {
      word += next;
      i += codeUnits(text, i);
    }
    const shaped = shapeWord(word);
    // One object shape for every token (stem present, maybe undefined): lookups stay monomorphic.
    tokens.push({ word: shaped, stem: stemOf(shaped), start, end: i, mark: false });
  }
  return tokens;
}

/** Marks people put between letters to dodge a filter: b-o-d-o-h, b.o.d.o.h, b_o_d_o_h, b*o*d*o*h. */
const SPACERS = new Set(['-', '.', '_', '*']);
const isSingle = (t: Token | undefined): t is Token => t !== undefined && !t.mark && t.word.length === 1;

/** What separates single letter `here` from the next one: a spacer mark, " " for a space, or null. */
function separatorAfter(tokens: readonly Token[], j: number): string | null {
  const here = tokens[j] as Token;
  const next = tokens[j + 1];
  if (next?.mark === true && SPACERS.has(next.word) && next.start === here.end) {
    const after = tokens[j + 2];
    return isSingle(after) && after.start === next.end ? next.word : null;
  }
  return isSingle(next) && next.start === here.end + 1 ? ' ' : null;
}

/**
 * The index after a run of 3+ single letters starting at i, or i itself. One separator throughout,
 * as people type the trick ("b-o-d-o-h"); mixed ones ("a.b a+b") are ordinary text.
 */
function spacedRunEnd(tokens: readonly Token[], i: number): number {
  if (!isSingle(tokens[i])) return i;
  const separator = separatorAfter(tokens, i);
  if (separator === null) return i;
  const step = separator === ' ' ? 1 : 2;
  let j = i;
  let letters = 1;
  while (separatorAfter(tokens, j) === separator) {
    j += step;
    letters++;
  }
  return letters >= 3 ? j + 1 : i;
}

function joinSpacedLetters(tokens: Token[]): Token[] {
  // Most texts have no run of single letters at all: keep their tokens as they are.
  if (!tokens.some((t, i) => isSingle(t) && separatorAfter(tokens, i) !== null)) return tokens;
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const end = spacedRunEnd(tokens, i);
    if (end === i) {
      out.push(tokens[i] as Token);
      i++;
      continue;
    }
    const run = tokens.slice(i, end);
    const letters = run
      .filter((t) => !t.mark)
      .map((t) => t.word)
      .join('');
    const first = run[0] as Token;
    const last = run[run.length - 1] as Token;
    out.push({ word: shapeWord(letters), stem: undefined, start: first.start, end: last.end, mark: false });
    i = end;
  }
  return out;
}

function readSlang(tokens: Token[], slang: SlangMap): Token[] {
  if (slang.size === 0) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const written = token.mark ? undefined : slang.get(token.word);
    if (written === undefined) {
      out?.push(token);
      continue;
    }
    // Copied only from the first chat spelling on: a text with none keeps its array.
    out ??= tokens.slice(0, i);
    // Every word of a multi-word reading ("gaada" → tidak ada) keeps the span of what was typed.
    for (const word of written)
      out.push({ word, stem: undefined, start: token.start, end: token.end, mark: false });
  }
  return out ?? tokens;
}

/** The tokens of a text as lists, scorers and the model see them. */
export function normalise(text: string, slang: SlangMap = NO_SLANG): Token[] {
  return readSlang(joinSpacedLetters(scan(text)), slang);
}

/** A list entry in compared form: the words of its tokens ("Kurang  Ajar" → ["kurang", "ajar"]). */
export const termWords = (term: string, slang: SlangMap = NO_SLANG): string[] =>
  normalise(term, slang).map((t) => t.word);

/** Clause ends: an insult and its target must stand in one clause. */
export const isClauseBreak = (token: Token): boolean => token.mark && /^[,.;:!?()\n]$/.test(token.word);
