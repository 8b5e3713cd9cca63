import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LIMITS, type ComplaintDetail } from '../../../../shared/index.ts';
import { FormField } from '../verify/FormField.tsx';
import { ActionForm } from './ActionForm.tsx';
import { operationSchema } from './operationSchema.ts';
import { useFieldError } from './fieldError.ts';
import { useApply } from './useApply.ts';

const Args = operationSchema('confirm_done').shape.args;
const VERIFIERS = ['supervisor', 'pelapor'] as const;

type Props = { complaint: ComplaintDetail; onDone: (u: ComplaintDetail) => void; onCancel: () => void };

/** The verifier's step before "selesai": a supervisor, or the reporter's confirmation as recorded by the desk. */
export function ConfirmDoneForm({ complaint, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { apply, error } = useApply(complaint, onDone);
  const { register, handleSubmit, formState } = useForm<z.input<typeof Args>, unknown, z.output<typeof Args>>(
    {
      resolver: zodResolver(Args),
      defaultValues: { by: 'supervisor', note: '' },
    },
  );
  const submit = handleSubmit(({ by, note }) =>
    apply({ name: 'confirm_done', args: note ? { by, note } : { by } }),
  );
  return (
    <ActionForm
      title={t('actions.confirm_done.title')}
      submitLabel={t('actions.confirm_done.submit')}
      submitting={formState.isSubmitting}
      error={error}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <fieldset className="field">
        <legend>{t('actions.confirm_done.by')}</legend>
        {VERIFIERS.map((by) => (
          <label key={by} className="choice">
            <input type="radio" value={by} {...register('by')} /> {t(`actions.confirm_done.${by}`)}
          </label>
        ))}
      </fieldset>
      <FormField label={t('actions.confirm_done.note')} error={problem(formState.errors.note)}>
        {(props) => <textarea {...props} rows={2} maxLength={LIMITS.noteText} {...register('note')} />}
      </FormField>
    </ActionForm>
  );
}
