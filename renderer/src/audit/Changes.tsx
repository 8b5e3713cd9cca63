import type { AuditValues } from '../../../shared/index.ts';
import { useAuditText } from './useAuditText.ts';

type Props = { before: AuditValues; after: AuditValues };

/** Every field an event changed, as "Field: before → after"; nothing when it changed none (a note). */
export function Changes({ before, after }: Props) {
  const text = useAuditText();
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (fields.length === 0) return null;
  return (
    <ul className="changes">
      {fields.map((field) => (
        <li key={field}>
          <span className="change-field">{text.field(field)}:</span> {text.value(field, before[field])} →{' '}
          {text.value(field, after[field])}
        </li>
      ))}
    </ul>
  );
}
