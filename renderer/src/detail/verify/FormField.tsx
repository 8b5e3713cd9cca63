import { useId, type ReactNode } from 'react';

type ControlProps = { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };

type Props = {
  label: string;
  /** The translated problem with this field, if any. */
  error: string | undefined;
  children: (props: ControlProps) => ReactNode;
};

/** Label, control and its error, wired so a screen reader reads the error with the control. */
export function FormField({ label, error, children }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': error ? errorId : undefined })}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
