/*
 * The shape of the word-list files in resources/flagging/ (one schema per file). The lists are ours:
 * written for Saring, never derived from public abuse datasets (their licences forbid shipping them).
 * Each file carries a version so a desk's edited copy can be told from the shipped one.
 */
import { z } from 'zod';

const Term = z.string().trim().min(1);
const Weighted = z.strictObject({ phrase: Term, weight: z.number().min(0).max(1) });
const Versioned = { version: z.number().int().min(1), description: z.string() };

export const AbuseList = z.strictObject({
  ...Versioned,
  banned: z.array(Term).min(1),
  suspect: z.array(Term),
  everyday: z.record(z.string(), z.string()),
  aim: z.array(Term),
  targets: z.array(Term),
});

export const SlangList = z.strictObject({
  ...Versioned,
  // One typed word → what it stands for; multi-word keys could never match one typed token.
  spellings: z.record(z.string().regex(/^\S+$/, 'a chat spelling is one word'), Term),
});

export const ComplaintList = z.strictObject({
  ...Versioned,
  phrases: z.array(Term),
  services: z.array(Term),
  problems: z.array(Term),
  requests: z.array(Term),
});

export const HoaxList = z.strictObject({
  ...Versioned,
  markers: z.array(Weighted),
  watchedDomains: z.array(Term),
});

export const KnownHoaxList = z.strictObject({
  ...Versioned,
  claims: z.array(z.strictObject({ id: Term, text: Term })),
});

export const SpamList = z.strictObject({
  ...Versioned,
  terms: z.array(Weighted),
  linkWeight: z.number().min(0).max(1),
  repeatedLinkWeight: z.number().min(0).max(1),
});

export const AttackList = z.strictObject({
  ...Versioned,
  titles: z.array(Term),
  roles: z.array(Term),
  staff: z.array(Term),
  notNames: z.array(Term),
  accusations: z.array(Weighted),
  /** Common given names: a person is named even without a title or a capital ("asep nilep dana"). */
  names: z.array(Term).default([]),
  /** Words after which a name is a place ("Jl. Sutisna Senjaya", "SDN Nagarawangi"), not a person. */
  placeWords: z.array(Term).default([]),
});

export const OfficialHandleList = z.strictObject({
  ...Versioned,
  handles: z.array(Term),
  claimWords: z.array(Term),
});

/** Every list the engine needs, as parsed from its file. */
export const FlagLists = z.strictObject({
  abuse: AbuseList,
  slang: SlangList,
  complaints: ComplaintList,
  hoax: HoaxList,
  knownHoaxes: KnownHoaxList,
  spam: SpamList,
  attack: AttackList,
  officialHandles: OfficialHandleList,
});
export type FlagLists = z.infer<typeof FlagLists>;
