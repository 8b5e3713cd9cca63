import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/index.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';

type Props = {
  title: string;
  submitLabel: string;
  submitting: boolean;
  error: ApiError | null;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onCancel: () => void;
  children: ReactNode;
};

/** The frame every action form shares: its title, fields, the server's refusal, save and cancel. */
export function ActionForm({ title, submitLabel, submitting, error, onSubmit, onCancel, children }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <form className="action-form" aria-labelledby={titleId} noValidate onSubmit={onSubmit}>
      <h3 id={titleId}>{title}</h3>
      {children}
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" disabled={submitting}>
          {submitting ? t('actions.saving') : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
