/*
 * Masking profanity for public display. A grievance wrapped in insults is still a grievance (see
 * shared/design/flagging.md): the words are hidden, the complaint is kept. Terms are found with the
 * flagging normaliser (shared/flagging/normalise.ts), so masking and flagging agree on what a word is:
 * any case, letter repeats, digits for letters, spaced letters. The app masks with the flagging word
 * lists (maskInsults in shared/flagging); this takes a plain term list.
 */
import { normalise, termWords } from '../flagging/normalise.ts';
import { findPhrases, indexPhrases, type PhraseIndex } from '../flagging/phrases.ts';

export type Span = { start: number; end: number };

/** Keeps the first character, stars the rest but whitespace: counts characters, not UTF-16 units. */
const starred = (written: string): string => {
  const [first = '', ...rest] = [...written];
  return first + rest.map((char) => (/\s/u.test(char) ? char : '*')).join('');
};

/** The text with each span starred; overlapping or touching spans are merged first. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = spans.toSorted((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  let current: Span | null = null;
  for (const span of sorted) {
    if (current !== null && span.start <= current.end) {
      current = { start: current.start, end: Math.max(current.end, span.end) };
      continue;
    }
    if (current !== null)
      out += text.slice(at, current.start) + starred(text.slice(current.start, current.end));
    at = current?.end ?? at;
    current = span;
  }
  if (current !== null)
    out += text.slice(at, current.start) + starred(text.slice(current.start, current.end));
  return out + text.slice(current?.end ?? at);
}

// Term lists are long-lived constants: index each once.
const indexes = new WeakMap<readonly string[], PhraseIndex<true>>();
function termIndex(terms: readonly string[]): PhraseIndex<true> {
  let index = indexes.get(terms);
  if (index === undefined) {
    index = indexPhrases(terms.map((term) => ({ words: termWords(term), value: true as const })));
    indexes.set(terms, index);
  }
  return index;
}

/** The text with every listed term masked wherever it stands as whole words, in any spelling trick. */
export function maskProfanity(text: string, terms: readonly string[]): string {
  return maskSpans(text, findPhrases(normalise(text), termIndex(terms)));
}

/** Whether public display would differ from the text as written. */
export const hasProfanity = (text: string, terms: readonly string[]): boolean =>
  findPhrases(normalise(text), termIndex(terms)).length > 0;
