import type { Aimer, Insult, Lexicon, Listed, Weighted } from '../lexicon.ts';
import { normalise, type Token } from '../normalise.ts';
import { coveredTokens, findPhrases, type PhraseMatch } from '../phrases.ts';
import { missingCase } from '../../assert.ts';
import { findLinks, type Link } from './links.ts';

type Matches<T> = PhraseMatch<T>[];

/** What each list found in the text, in text order. */
export type Found = {
  insults: Matches<Insult>;
  aimers: Matches<Aimer>;
  complaintPhrases: Matches<string>;
  services: Matches<string>;
  problems: Matches<string>;
  requests: Matches<string>;
  roles: Matches<string>;
  staff: Matches<string>;
  officialClaims: Matches<string>;
  hoaxMarkers: Matches<Weighted>;
  spamTerms: Matches<Weighted>;
  accusations: Matches<Weighted>;
};

/** One item read once; every scorer works from this, so the text is normalised and matched once. */
export type Analysed = {
  text: string;
  tokens: Token[];
  lexicon: Lexicon;
  found: Found;
  /** Tokens inside allow-listed complaint phrases ("sampah menumpuk"): never insults. */
  inComplaintPhrase: ReadonlySet<number>;
  links: Link[];
};

function sortFound(matches: readonly PhraseMatch<Listed>[]): Found {
  const found: Found = {
    insults: [],
    aimers: [],
    complaintPhrases: [],
    services: [],
    problems: [],
    requests: [],
    roles: [],
    staff: [],
    officialClaims: [],
    hoaxMarkers: [],
    spamTerms: [],
    accusations: [],
  };
  for (const m of matches) {
    const { first, last, start, end } = m;
    const listed = m.value;
    // Literal objects of one shape, not spreads: this runs for every match of every item.
    switch (listed.list) {
      case 'insults':
        found.insults.push({ first, last, start, end, value: listed.value });
        break;
      case 'aimers':
        found.aimers.push({ first, last, start, end, value: listed.value });
        break;
      case 'hoaxMarkers':
      case 'spamTerms':
      case 'accusations':
        found[listed.list].push({ first, last, start, end, value: listed.value });
        break;
      case 'complaintPhrases':
      case 'services':
      case 'problems':
      case 'requests':
      case 'roles':
      case 'staff':
      case 'officialClaims':
        found[listed.list].push({ first, last, start, end, value: listed.value });
        break;
      default:
        missingCase(listed);
    }
  }
  return found;
}

export function analyse(text: string, lexicon: Lexicon): Analysed {
  const tokens = normalise(text, lexicon.slang);
  const found = sortFound(findPhrases(tokens, lexicon.phrases));
  // Most texts hold no link (every link has a dot and a slash, or "www."): skip the expression.
  const links = text.includes('.') && (text.includes('/') || text.includes('www.')) ? findLinks(text) : [];
  return { text, tokens, lexicon, found, inComplaintPhrase: coveredTokens(found.complaintPhrases), links };
}

/** The words as typed, for reasons ("GOOBLOKKK" rather than its compared form). */
export const written = (a: Analysed, m: { start: number; end: number }): string =>
  a.text.slice(m.start, m.end);
