import type { FlagReasonOut } from '../../../shared/index.ts';
import { highlightPieces } from './highlight.ts';
import { useKindLabel } from './useKindLabel.ts';

/** What keeps a text valid is marked too, in a quieter colour than what raised a flag. */
const GRIEVANCE_KINDS: readonly string[] = ['grievance', 'complaint_phrase'];

/**
 * The citizen's text with every word or phrase that fired marked (<mark>, React text only: the text is
 * never parsed as HTML). Hovering a mark names the rule and the term.
 */
export function FlaggedText({ text, reasons }: { text: string; reasons: readonly FlagReasonOut[] }) {
  const kindLabel = useKindLabel();
  return (
    <p className="complaint-text">
      {highlightPieces(text, reasons).map((piece) => {
        if (piece.reasons.length === 0) return <span key={piece.start}>{piece.text}</span>;
        const quiet = piece.reasons.every((r) => GRIEVANCE_KINDS.includes(r.kind));
        const title = piece.reasons.map((r) => `${kindLabel(r.kind)}: ${r.term}`).join('; ');
        return (
          <mark key={piece.start} className={quiet ? 'flag-mark grievance' : 'flag-mark'} title={title}>
            {piece.text}
          </mark>
        );
      })}
    </p>
  );
}
