import { useId } from 'react';

export type Option<V extends string> = { value: V; label: string };

type Props<V extends string> = {
  label: string;
  value: V | '';
  options: readonly Option<V>[];
  /** The label of the empty choice ("Semua"). */
  emptyLabel: string;
  onChange: (value: V | '') => void;
};

/** A labelled native select: keyboard and screen readers work without extra code. */
export function Select<V extends string>({ label, value, options, emptyLabel, onChange }: Props<V>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? '')}
      >
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
