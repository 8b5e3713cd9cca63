/*
 * Grievance: whether the text names a concrete problem the city can act on (a service and what is
 * wrong with it, or an allow-listed complaint phrase). It is not a risk score: it is what keeps an
 * angry or insulting complaint valid (see flagging.md, the traps). Words read as insults do not count
 * ("pemkot sampah" names no rubbish problem), and each pair must be two different words.
 */
import type { PhraseMatch } from '../phrases.ts';
import type { FlagReason } from '../types.ts';
import type { Scored } from './combine.ts';
import { written, type Analysed } from './context.ts';

/** How sure each combination makes us that a concrete problem is described. */
const SURE = {
  serviceAndProblem: 0.85,
  phrase: 0.8,
  serviceAndRequest: 0.6,
  /** A service and a sentence about it, even with no listed problem word. */
  describedService: 0.55,
  problemAndRequest: 0.45,
};
const ALONE = { service: 0.3, problem: 0.25 };
const DESCRIBED_WORDS = 5;

type Span = { start: number; end: number };
type Match = PhraseMatch<string>;

const overlaps = (m: Span, spans: readonly Span[]) => spans.some((s) => m.start < s.end && s.start < m.end);
const apart = (a: Match, b: Match | undefined): b is Match => b !== undefined && b.first !== a.first;

/** insults: spans the abuse scorer read as insults. */
export function scoreGrievance(a: Analysed, insults: readonly Span[]): Scored {
  const { tokens, found } = a;
  const kept = (matches: readonly Match[]) => matches.filter((m) => !overlaps(m, insults));
  const services = kept(found.services);
  const problems = kept(found.problems);
  const requests = kept(found.requests);
  const phrase = found.complaintPhrases.find((m) => !overlaps(m, insults));
  const plainWords = tokens.filter((t) => !t.mark && !overlaps(t, insults)).length;

  let shown: (Match | undefined)[] = [];
  let score = 0;
  const service = services[0];
  const problem = service && problems.find((p) => apart(service, p));
  const request = requests.find((r) => service === undefined || apart(service, r));
  if (service && problem) [score, shown] = [SURE.serviceAndProblem, [service, problem]];
  else if (phrase) [score, shown] = [SURE.phrase, [phrase]];
  else if (service && request) [score, shown] = [SURE.serviceAndRequest, [service, request]];
  else if (service && plainWords >= DESCRIBED_WORDS) [score, shown] = [SURE.describedService, [service]];
  else if (problems[0] && request && apart(problems[0], request))
    [score, shown] = [SURE.problemAndRequest, [problems[0], request]];
  else if (service) [score, shown] = [ALONE.service, [service]];
  else if (problems[0]) [score, shown] = [ALONE.problem, [problems[0]]];

  const reasons: FlagReason[] = shown
    .filter((m) => m !== undefined)
    .map((m) => ({
      kind: m === phrase ? 'complaint_phrase' : 'grievance',
      term: m.value,
      weight: 0,
      start: m.start,
      end: m.end,
      note: m === phrase ? `complaint phrase "${written(a, m)}"` : `grievance word "${written(a, m)}"`,
    }));
  return { score, reasons };
}
