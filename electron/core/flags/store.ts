import type Database from 'better-sqlite3';
import type { Flagging } from '../../../shared/flagging/index.ts';
import { FlagSummary, FlagReasonOut, type FlagDetail } from '../../../shared/index.ts';
import { z } from 'zod';

/**
 * An item's flags as one JSON value beside the list columns (complaints/record.ts): one primary-key
 * lookup per row read. A failed scoring has no scores, so it reads as unflagged.
 */
export const FLAG_SUMMARY_COLUMN = `(SELECT json_array(f.abuse, f.unfair_attack, f.hoax, f.spam, f.suggested,
  f.propose_rahasia, f.mask_profanity) FROM complaint_flag f WHERE f.seq = c.seq AND f.error IS NULL)`;

const SummaryTuple = z.tuple([
  z.number(),
  z.number(),
  z.number(),
  z.number(),
  z.string(),
  z.number(),
  z.number(),
]);

/** The summary stored as FLAG_SUMMARY_COLUMN; a damaged value fails loudly like every stored row. */
export function summaryFromJson(json: string | null): FlagSummary | null {
  if (json === null) return null;
  const [abuse, unfairAttack, hoax, spam, suggested, rahasia, masked] = SummaryTuple.parse(JSON.parse(json));
  return FlagSummary.parse({
    scores: { abuse, unfair_attack: unfairAttack, hoax, spam },
    suggested,
    proposeRahasia: rahasia === 1,
    maskProfanity: masked === 1,
  });
}

export type ScoredRow = { seq: number; scorer: string } & (
  { ok: true; flagging: Flagging } | { ok: false; error: string }
);

/** Writes (or rewrites) the flags of many items in one transaction. */
export function saveFlags(db: Database.Database, rows: readonly ScoredRow[], at = new Date()): void {
  const put = db.prepare(
    `INSERT OR REPLACE INTO complaint_flag (seq, abuse, unfair_attack, hoax, spam, risk, suggested,
       propose_rahasia, mask_profanity, reasons_json, scorer, scored_at, error)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const scoredAt = at.toISOString();
  db.transaction(() => {
    for (const row of rows) {
      if (!row.ok) {
        put.run(row.seq, null, null, null, null, null, null, 0, 0, '[]', row.scorer, scoredAt, row.error);
        continue;
      }
      const { scores, suggested, proposeRahasia, maskProfanity, reasons } = row.flagging;
      put.run(
        row.seq,
        scores.abuse,
        scores.unfair_attack,
        scores.hoax,
        scores.spam,
        Math.max(scores.abuse, scores.unfair_attack, scores.hoax, scores.spam),
        suggested,
        proposeRahasia ? 1 : 0,
        maskProfanity ? 1 : 0,
        JSON.stringify(reasons),
        row.scorer,
        scoredAt,
        null,
      );
    }
  }).immediate();
}

type DetailRecord = { summary: string | null; reasonsJson: string; scoredAt: string };
const Reasons = z.array(FlagReasonOut);

/** One item's flags with reasons, and what `actor` said about its labels (null flag: not scored). */
export function readFlagDetail(db: Database.Database, complaintId: string, actor: string): FlagDetail {
  const record = db
    .prepare<[string], DetailRecord>(
      `SELECT ${FLAG_SUMMARY_COLUMN} AS summary, f.reasons_json AS reasonsJson, f.scored_at AS scoredAt
       FROM complaint c JOIN complaint_flag f ON f.seq = c.seq WHERE c.id = ?`,
    )
    .get(complaintId);
  const summary = record === undefined ? null : summaryFromJson(record.summary);
  const feedback = db
    .prepare<[string, string], { label: string; agree: number }>(
      'SELECT label, agree FROM flag_feedback WHERE complaint_id = ? AND actor = ? ORDER BY label',
    )
    .all(complaintId, actor);
  return {
    flag:
      summary === null || record === undefined
        ? null
        : { ...summary, reasons: Reasons.parse(JSON.parse(record.reasonsJson)), scoredAt: record.scoredAt },
    feedback: feedback.flatMap(({ label, agree }) => {
      const parsed = FlagSummary.shape.suggested.safeParse(label);
      return parsed.success ? [{ label: parsed.data, agree: agree === 1 }] : [];
    }),
  };
}
