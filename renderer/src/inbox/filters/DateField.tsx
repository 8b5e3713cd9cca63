import { useId } from 'react';

type Props = { label: string; value: string; min?: string; max?: string; onChange: (day: string) => void };

/** A labelled date input; the value is yyyy-mm-dd or '' when cleared. */
export function DateField({ label, value, min, max, onChange }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={min || undefined}
        max={max || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
