import { useFormat } from '../i18n/format.ts';

/** A count in a queue table: a button that opens the inbox on exactly the items counted. */
export function Figure({ value, label, onOpen }: { value: number; label: string; onOpen: () => void }) {
  const format = useFormat();
  return (
    <button type="button" className="figure" aria-label={label} onClick={onOpen}>
      {format.number(value)}
    </button>
  );
}
