/*
 * Spam: promotions riding on the city's accounts: online gambling (slot gacor), loans (pinjol),
 * selling. A link alone is no spam (citizens link photos); a link beside a promotion, or several
 * links, is.
 */
import type { FlagReason } from '../types.ts';
import { scoredBy, type Scored } from './combine.ts';
import { written, type Analysed } from './context.ts';

export function scoreSpam(a: Analysed): Scored {
  const { lexicon, links } = a;
  const reasons: FlagReason[] = a.found.spamTerms.map((m) => ({
    kind: 'spam_term',
    term: m.value.term,
    weight: m.value.weight,
    start: m.start,
    end: m.end,
    note: `promotion "${written(a, m)}"`,
  }));
  const first = links[0];
  if (first !== undefined && (reasons.length > 0 || links.length > 1)) {
    reasons.push({
      kind: 'link',
      term: first.domain,
      weight: lexicon.linkWeight,
      start: first.start,
      end: first.end,
    });
  }
  if (links.length > 1) {
    const domains = new Set(links.map((l) => l.domain));
    const note = `${links.length} links, ${domains.size} domain(s)`;
    reasons.push({
      kind: 'repeated_link',
      term: [...domains].join(' '),
      weight: lexicon.repeatedLinkWeight,
      note,
    });
  }
  return scoredBy(reasons);
}
