/*
 * Masking profanity for public display. A grievance wrapped in insults is still a grievance (see
 * shared/design/flagging.md): the words are hidden, the complaint is kept. This is deliberately small:
 * whole words and letter repeats only; spelling tricks (4nj1ng, b-o-d-o-h) come with the flagging
 * normaliser.
 */

const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** "goblok" → g+o+b+l+o+k+, so "goblokkk" and "GOOBLOK" match too; spaces match any run of spaces. */
function termPattern(term: string): string {
  return [...term.trim().toLowerCase()]
    .map((char) => (/\s/u.test(char) ? '\\s+' : `${escape(char)}+`))
    .join('');
}

/** Letters and digits around a match would make it part of a longer word ("sampah" is not "sampa"). */
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** Keeps the first letter, stars the rest: "goblok" → "g*****". Counts characters, not UTF-16 units. */
const starred = (word: string): string => {
  const [first = '', ...rest] = [...word];
  return first + rest.map((char) => (/\s/u.test(char) ? char : '*')).join('');
};

/** The text with every listed term masked wherever it stands as a whole word, in any letter case. */
export function maskProfanity(text: string, terms: readonly string[]): string {
  const patterns = terms
    .filter((term) => term.trim().length > 0)
    // Longest first, so "bangsat" wins over a shorter term it contains.
    .toSorted((a, b) => b.length - a.length)
    .map(termPattern);
  if (patterns.length === 0) return text;
  const pattern = new RegExp(`${WORD_EDGE_BEFORE}(?:${patterns.join('|')})${WORD_EDGE_AFTER}`, 'giu');
  return text.replace(pattern, starred);
}

/** Whether public display would differ from the text as written. */
export const hasProfanity = (text: string, terms: readonly string[]): boolean =>
  maskProfanity(text, terms) !== text;
