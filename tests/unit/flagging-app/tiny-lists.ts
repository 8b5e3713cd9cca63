import type { FlagLists } from '../../../shared/flagging/index.ts';

const about = { version: 1, description: 'test' };

/** The smallest valid set of word lists: one banned word. */
export const TINY_LISTS: FlagLists = {
  abuse: { ...about, banned: ['bangsat'], suspect: [], everyday: {}, aim: [], targets: [] },
  slang: { ...about, spellings: {} },
  complaints: { ...about, phrases: [], services: [], problems: [], requests: [] },
  hoax: { ...about, markers: [], watchedDomains: [] },
  knownHoaxes: { ...about, claims: [] },
  spam: { ...about, terms: [], linkWeight: 0.3, repeatedLinkWeight: 0.5 },
  attack: {
    ...about,
    titles: [],
    roles: [],
    staff: [],
    notNames: [],
    accusations: [],
    names: [],
    placeWords: [],
  },
  officialHandles: { ...about, handles: [], claimWords: [] },
};
