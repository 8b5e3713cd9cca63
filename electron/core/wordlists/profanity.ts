import { maskInsults } from '../../../shared/flagging/mask.ts';
import { shippedLexicon } from '../flagging/lists.ts';

/**
 * The text as it may be shown publicly: insults masked, the grievance and the original kept. The
 * words and the normaliser are flagging's (resources/flagging/abuse.json), so what is masked is
 * exactly what flagging reads as an insult.
 */
export const publicText = (text: string): string => maskInsults(text, shippedLexicon());
