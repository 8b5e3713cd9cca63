import type Database from 'better-sqlite3';
import type { FlagLabel, LabelledItem } from '../../../shared/flagging/index.ts';
import type { RejectReason } from '../../../shared/index.ts';

/** A rejection's reason as the label flagging learns. */
const LABEL_OF_REASON = {
  hujatan: 'abuse',
  hoaks: 'hoax',
  fitnah: 'unfair_attack',
  spam: 'spam',
  tidak_relevan: 'off_topic',
} as const satisfies Record<RejectReason, FlagLabel>;

const RISKS: readonly string[] = ['abuse', 'unfair_attack', 'hoax', 'spam'];

/**
 * Training is the worker's heaviest job (about 5 s per 1,000 examples with its held-out measurement on
 * this hardware), so it learns from the newest verdicts only: the city's current language and topics.
 */
export const MAX_EXAMPLES = 3_000;

type VerdictRow = { id: string; text: string; verdict: string; reason: RejectReason | null };
type FeedbackRow = { id: string; text: string; label: FlagLabel; agree: number };

/**
 * What the desk has taught: every verdict (verified → valid, rejected → its reason's label), and for items
 * without one every explicit answer to a suggestion: agreeing teaches that label; disagreeing with a
 * risk teaches "valid" (a moderator saying "this is not abuse"); disagreeing with valid or off_topic
 * names no label, so it waits for the verdict. A verdict outweighs feedback on the same item.
 */
export function deskExamples(db: Database.Database): LabelledItem[] {
  const verdicts = db
    .prepare<[number], VerdictRow>(
      `SELECT id, text, verdict, reject_reason AS reason FROM complaint
       WHERE verdict = 'valid' OR (verdict = 'ditolak' AND reject_reason IS NOT NULL)
       ORDER BY seq DESC LIMIT ?`,
    )
    .all(MAX_EXAMPLES);
  const judged = new Set(verdicts.map((v) => v.id));
  const feedback = db
    .prepare<[number], FeedbackRow>(
      `SELECT c.id, c.text, f.label, f.agree FROM flag_feedback f JOIN complaint c ON c.id = f.complaint_id
       ORDER BY f.at DESC LIMIT ?`,
    )
    .all(MAX_EXAMPLES);
  const taught = new Map<string, LabelledItem>();
  for (const f of feedback) {
    if (judged.has(f.id)) continue;
    const label = f.agree === 1 ? f.label : RISKS.includes(f.label) ? 'valid' : null;
    // Newest first: an item's latest answer is the one kept.
    if (label !== null && !taught.has(f.id)) taught.set(f.id, { id: f.id, text: f.text, verdict: label });
  }
  return [
    ...verdicts.map((v) => ({
      id: v.id,
      text: v.text,
      verdict: v.verdict === 'valid' || v.reason === null ? ('valid' as const) : LABEL_OF_REASON[v.reason],
    })),
    ...taught.values(),
  ];
}

/** About as many as deskExamples gives (feedback counted per item), without reading any text. */
export const countExamples = (db: Database.Database): number =>
  db
    .prepare<[], number>(
      `SELECT (SELECT count(*) FROM complaint
                WHERE verdict = 'valid' OR (verdict = 'ditolak' AND reject_reason IS NOT NULL))
            + (SELECT count(DISTINCT complaint_id) FROM flag_feedback)`,
    )
    .pluck()
    .get() ?? 0;
