import { maskSpans } from '../text/mask.ts';
import type { Lexicon } from './lexicon.ts';
import { scoreAbuse } from './scorers/abuse.ts';
import { analyse } from './scorers/context.ts';

/**
 * Public display of a text: exactly the insults flagging found (banned words anywhere, suspect words
 * only where aimed at someone) are starred, so masking and flagging never disagree.
 */
export const maskInsults = (text: string, lexicon: Lexicon): string =>
  maskSpans(text, scoreAbuse(analyse(text, lexicon)).insultSpans);
