import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LIMITS, REJECT_REASONS, type ComplaintDetail } from '../../../../shared/index.ts';
import { FormField } from '../verify/FormField.tsx';
import { ActionForm } from './ActionForm.tsx';
import { operationSchema } from './operationSchema.ts';
import { useFieldError } from './fieldError.ts';
import { useApply } from './useApply.ts';

const Args = operationSchema('reject').shape.args;

type Props = { complaint: ComplaintDetail; onDone: (u: ComplaintDetail) => void; onCancel: () => void };

/** Tolak with a reason. The hint keeps insults around a real grievance from being rejected. */
export function RejectForm({ complaint, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { apply, error } = useApply(complaint, onDone);
  const { register, handleSubmit, formState } = useForm<z.input<typeof Args>, unknown, z.output<typeof Args>>(
    {
      resolver: zodResolver(Args),
      defaultValues: { note: '' },
    },
  );
  const submit = handleSubmit(({ reason, note }) =>
    apply({ name: 'reject', args: note ? { reason, note } : { reason } }),
  );
  return (
    <ActionForm
      title={t('actions.reject.title')}
      submitLabel={t('actions.reject.submit')}
      submitting={formState.isSubmitting}
      error={error}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <p className="hint">{t('actions.reject.hint')}</p>
      <FormField
        label={t('actions.reject.reason')}
        error={problem(formState.errors.reason, t('actions.invalid.choose'))}
      >
        {(props) => (
          <select {...props} {...register('reason')}>
            <option value="">{t('verify.choose')}</option>
            {REJECT_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`rejectReason.${r}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('actions.reject.note')} error={problem(formState.errors.note)}>
        {(props) => <textarea {...props} rows={2} maxLength={LIMITS.noteText} {...register('note')} />}
      </FormField>
    </ActionForm>
  );
}
