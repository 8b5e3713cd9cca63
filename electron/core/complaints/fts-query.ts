/** What SQLite's unicode61 tokenizer keeps together in a token: letters, digits and combining marks. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;

/**
 * Turns what a person typed into a safe FTS5 query: every word must match, the last one as a prefix
 * while it is still being typed (no trailing space). Each word is split on everything the tokenizer
 * would split on and quoted as an FTS string, so quotes, `*`, `-`, `NEAR`, `OR`, column filters and
 * parentheses in the input are only ever words or separators, never syntax. Null: nothing to search.
 * The last word is a prefix only from three letters on: a shorter prefix would merge a large part of
 * the index (and a 2-character prefix index would double the cost of indexing every complaint), while
 * short words people do search for ("rt", "rw", "ii") still match whole.
 */
export function ftsQuery(text: string): string | null {
  const words = text.split(SEPARATORS).filter((w) => w.length > 0);
  const typed = /\s$/u.test(text) ? undefined : words.pop();
  const terms = words.map((w) => `"${w}"`);
  if (typed !== undefined) terms.push([...typed].length >= 3 ? `"${typed}"*` : `"${typed}"`);
  return terms.length > 0 ? terms.join(' ') : null;
}
