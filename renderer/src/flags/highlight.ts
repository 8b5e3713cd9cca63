import type { FlagReasonOut } from '../../../shared/index.ts';

/** A run of the citizen's text and the reasons whose spans cover all of it (none: plain text). */
export type Piece = { start: number; text: string; reasons: FlagReasonOut[] };

const hasSpan = (r: FlagReasonOut, length: number): r is FlagReasonOut & { start: number; end: number } =>
  r.start !== undefined && r.end !== undefined && r.start < r.end && r.end <= length;

/**
 * Cuts the text at every reason's start and end (UTF-16 offsets, as the engine gives them), so
 * overlapping reasons simply share the runs they both cover. The text itself is never changed.
 */
export function highlightPieces(text: string, reasons: readonly FlagReasonOut[]): Piece[] {
  const spans = reasons.filter((r) => hasSpan(r, text.length));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    pieces.push({
      start,
      text: text.slice(start, end),
      reasons: spans.filter((s) => s.start <= start && end <= s.end),
    });
  }
  return pieces;
}
