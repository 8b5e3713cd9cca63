/** What a moderator may decide about an item, as the engine suggests it (the reject reasons + valid). */
export const FLAG_LABELS = ['valid', 'abuse', 'unfair_attack', 'hoax', 'spam', 'off_topic'] as const;
export type FlagLabel = (typeof FLAG_LABELS)[number];

export const isFlagLabel = (value: unknown): value is FlagLabel =>
  typeof value === 'string' && (FLAG_LABELS as readonly string[]).includes(value);

/** The four risks scored 0..1; valid and off_topic are suggestions, not risks. */
export type FlagScores = { abuse: number; unfair_attack: number; hoax: number; spam: number };

/** Which rule family a reason comes from, so the UI can group and colour them. */
export type ReasonKind =
  | 'insult'
  | 'aimed_insult'
  | 'complaint_phrase'
  | 'grievance'
  | 'target'
  | 'accusation'
  | 'hoax_marker'
  | 'known_hoax'
  | 'watched_domain'
  | 'impersonation'
  | 'spam_term'
  | 'link'
  | 'repeated_link'
  | 'model'
  | 'suggestion';

/**
 * One thing that fired. start/end are UTF-16 offsets into the original text (end exclusive) so the UI
 * can highlight exactly what the citizen wrote; absent when the reason is about the whole item.
 */
export type FlagReason = {
  kind: ReasonKind;
  /** What matched, in its list form ("goblok", "sebarkan", "pak Dadang"). */
  term: string;
  /** How much it added to its score, 0..1. */
  weight: number;
  start?: number;
  end?: number;
  /** A short English note for the moderator (the UI may translate by kind). */
  note?: string;
};

/** The engine's answer for one item. */
export type Flagging = {
  scores: FlagScores;
  suggested: FlagLabel;
  /** Propose rahasia confidentiality (a named person is accused or insulted). */
  proposeRahasia: boolean;
  /** The text shows insults that public display must mask. */
  maskProfanity: boolean;
  reasons: FlagReason[];
};

/** An item as the engine sees it; handle helps impersonation, the rest only clustering. */
export type FlagInput = { text: string; handle?: string };

/** One value per label, built without a cast (the index is the label's place in FLAG_LABELS). */
export const perLabel = <T>(value: (label: FlagLabel, index: number) => T): Record<FlagLabel, T> => ({
  valid: value('valid', 0),
  abuse: value('abuse', 1),
  unfair_attack: value('unfair_attack', 2),
  hoax: value('hoax', 3),
  spam: value('spam', 4),
  off_topic: value('off_topic', 5),
});
