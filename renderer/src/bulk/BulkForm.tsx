import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operation } from '../../../shared/index.ts';

type Props = {
  title: string;
  /** The operation to run, or null while a required field is still empty. */
  operation: Operation | null;
  onSubmit: (operation: Operation) => void;
  onCancel: () => void;
  children: ReactNode;
};

/** The frame every bulk form shares: a titled form whose submit runs the operation on the selection. */
export function BulkForm({ title, operation, onSubmit, onCancel, children }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (operation === null) setMissing(true);
    else onSubmit(operation);
  };
  return (
    <form className="bulk-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h3 id={titleId}>{title}</h3>
      {children}
      {missing && operation === null && (
        <p className="field-error" role="alert">
          {t('bulk.missing')}
        </p>
      )}
      <div className="actions">
        <button type="submit">{t('bulk.apply')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('bulk.cancel')}
        </button>
      </div>
    </form>
  );
}
