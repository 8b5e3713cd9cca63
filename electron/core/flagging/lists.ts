/*
 * The shipped word lists (resources/flagging/), validated and compiled once. Imported as JSON modules
 * so the Electron bundle carries them; a broken file stops the start loudly rather than flag nothing.
 */
import { compileLexicon, type Lexicon } from '../../../shared/flagging/lexicon.ts';
import { FlagLists } from '../../../shared/flagging/lists.ts';
import abuse from '../../../resources/flagging/abuse.json' with { type: 'json' };
import attack from '../../../resources/flagging/attack.json' with { type: 'json' };
import complaints from '../../../resources/flagging/complaints.json' with { type: 'json' };
import hoax from '../../../resources/flagging/hoax.json' with { type: 'json' };
import knownHoaxes from '../../../resources/flagging/known-hoaxes.json' with { type: 'json' };
import officialHandles from '../../../resources/flagging/official-handles.json' with { type: 'json' };
import slang from '../../../resources/flagging/slang.json' with { type: 'json' };
import spam from '../../../resources/flagging/spam.json' with { type: 'json' };

/** The lists as shipped, checked against their schemas. */
export function shippedLists(): FlagLists {
  const parsed = FlagLists.safeParse({
    abuse,
    attack,
    complaints,
    hoax,
    knownHoaxes,
    officialHandles,
    slang,
    spam,
  });
  if (!parsed.success)
    throw new Error(`resources/flagging/ holds a broken word list: ${parsed.error.message}`);
  return parsed.data;
}

let compiled: Lexicon | undefined;

/** The compiled shipped lists, built on first use (a few milliseconds) and kept. */
export function shippedLexicon(): Lexicon {
  compiled ??= compileLexicon(shippedLists());
  return compiled;
}
