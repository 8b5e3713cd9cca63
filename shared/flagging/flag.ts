/*
 * The engine's entry for one item: normalise once, run every scorer, suggest a label, explain it.
 * Pure and synchronous; callers must treat a throw as "unflagged" (scoring never blocks work).
 */
import type { Lexicon } from './lexicon.ts';
import { predictLabels, type FlagModel } from './model/logistic.ts';
import { scoreAbuse } from './scorers/abuse.ts';
import { scoreAttack } from './scorers/attack.ts';
import { analyse } from './scorers/context.ts';
import { scoreGrievance } from './scorers/grievance.ts';
import { scoreHoax } from './scorers/hoax.ts';
import { impersonationReasons } from './scorers/impersonation.ts';
import { scoreSpam } from './scorers/spam.ts';
import { guardedTop, mixVotes, modelWeight, ruleVotes, type RuleEvidence } from './suggest.ts';
import type { FlagInput, FlagLabel, FlagReason, Flagging } from './types.ts';

/** A score at or above this counts as "Likely" for the flags it raises. */
export const LIKELY = 0.5;

const round = (n: number) => Math.round(n * 1000) / 1000;

function suggestion(
  label: FlagLabel,
  evidence: RuleEvidence,
  flags: { masked: boolean; rahasia: boolean },
  modelSays: string | null,
): FlagReason[] {
  const reasons: FlagReason[] = [];
  if (flags.rahasia) {
    const note = 'names a person in a way that may be fitnah: propose rahasia confidentiality';
    reasons.push({ kind: 'suggestion', term: 'rahasia', weight: 0, note });
  }
  const masked = flags.masked;
  if (label === 'valid' && masked) {
    const note =
      evidence.scores.abuse >= LIKELY
        ? 'a concrete grievance wrapped in insults: valid, mask the profanity in public'
        : 'valid; mask the profanity in public';
    reasons.push({ kind: 'suggestion', term: 'valid_masked', weight: 0, note });
  }
  if (modelSays !== null) reasons.push({ kind: 'model', term: label, weight: 0, note: modelSays });
  return reasons;
}

/** Scores, suggestion and reasons for one item; with a model, its learned votes join the rules'. */
export function flagItem(input: FlagInput, lexicon: Lexicon, model?: FlagModel): Flagging {
  const a = analyse(input.text, lexicon);
  const abuse = scoreAbuse(a);
  const attack = scoreAttack(a, abuse.insultSpans);
  const hoax = scoreHoax(a, impersonationReasons(a, input.handle));
  const spam = scoreSpam(a);
  const grievance = scoreGrievance(a, abuse.insultSpans);
  const scores = {
    abuse: round(abuse.score),
    unfair_attack: round(attack.score),
    hoax: round(hoax.score),
    spam: round(spam.score),
  };
  const evidence = { scores, grievance: grievance.score };
  const rules = ruleVotes(evidence);
  const weight = model === undefined ? 0 : modelWeight(model.trainedOn);
  const learned = model !== undefined && weight > 0 ? predictLabels(model, a.tokens) : null;
  const votes = learned === null ? rules : mixVotes(rules, learned, weight);
  const suggested = guardedTop(votes, evidence);
  const masked = abuse.insultSpans.length > 0;
  const rahasia = suggested === 'unfair_attack' || (attack.target !== null && scores.unfair_attack >= LIKELY);
  const modelSays =
    learned === null
      ? null
      : `model: ${suggested} ${Math.round(learned[suggested] * 100)}% (weight ${weight.toFixed(2)})`;
  return {
    scores,
    suggested,
    proposeRahasia: rahasia,
    maskProfanity: masked,
    reasons: [
      ...abuse.reasons,
      ...attack.reasons,
      ...hoax.reasons,
      ...spam.reasons,
      ...grievance.reasons,
      ...suggestion(suggested, evidence, { masked, rahasia }, modelSays),
    ],
  };
}
