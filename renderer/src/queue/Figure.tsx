import { useFormat } from '../i18n/format.ts';

/**
 * A figure in a queue or report table: a button that opens the inbox on exactly the items counted. A
 * count is formatted here; other figures (hours, shares) come already formatted.
 */
export function Figure({
  value,
  label,
  onOpen,
}: {
  value: number | string;
  label: string;
  onOpen: () => void;
}) {
  const format = useFormat();
  return (
    <button type="button" className="figure" aria-label={label} onClick={onOpen}>
      {typeof value === 'number' ? format.number(value) : value}
    </button>
  );
}
