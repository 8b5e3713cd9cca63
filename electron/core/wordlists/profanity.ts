import { z } from 'zod';
import { maskProfanity } from '../../../shared/index.ts';
import listFile from '../../../resources/wordlists/profanity-id.json' with { type: 'json' };

const ProfanityList = z.object({
  terms: z.array(z.string().trim().min(1)).min(1),
});

/** The shipped list, validated once: a broken file stops the start loudly rather than mask nothing. */
function shippedTerms(): readonly string[] {
  const parsed = ProfanityList.safeParse(listFile);
  if (!parsed.success) {
    throw new Error(`resources/wordlists/profanity-id.json is not a word list: ${parsed.error.message}`);
  }
  return parsed.data.terms;
}

const TERMS = shippedTerms();

/** The text as it may be shown publicly: insults masked, the grievance and the original kept. */
export const publicText = (text: string): string => maskProfanity(text, TERMS);
