import { shippedLexicon } from '../../../electron/core/flagging/lists.ts';
import { flagItem, type Flagging } from '../../../shared/flagging/index.ts';

/** The shipped lists, compiled once for every flagging test. */
export const LEXICON = shippedLexicon();

export const flag = (text: string, handle?: string): Flagging =>
  flagItem(handle === undefined ? { text } : { text, handle }, LEXICON);

/** What each reason points at, as the citizen wrote it. */
export const highlighted = (text: string, f: Flagging): string[] =>
  f.reasons.flatMap((r) =>
    r.start === undefined || r.end === undefined ? [] : [text.slice(r.start, r.end)],
  );
