/** What a demo item really is, so flagging and the desk's verdicts can be measured against it. */
export const DEMO_TRUTHS = [
  'valid',
  'valid_angry',
  'abuse',
  'unfair_attack',
  'hoax',
  'spam',
  'off_topic',
] as const;
export type DemoTruth = (typeof DEMO_TRUTHS)[number];

/** Target share of items per truth (clustered reports count as valid). */
export const TRUTH_SHARES = {
  valid: 0.72,
  valid_angry: 0.08,
  abuse: 0.05,
  unfair_attack: 0.04,
  hoax: 0.04,
  spam: 0.04,
  off_topic: 0.03,
} as const satisfies Record<DemoTruth, number>;

/** A valid report starts a cluster this often; the cluster then holds this many reports. */
export const CLUSTER = { chance: 0.015, minSize: 3, maxSize: 8 } as const;
