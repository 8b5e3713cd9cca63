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

const Args = operationSchema('mark_not_authority').shape.args;

type Props = { complaint: ComplaintDetail; onDone: (u: ComplaintDetail) => void; onCancel: () => void };

/** Bukan wewenang: records who is responsible instead (a national road: Kementerian PUPR). */
export function NotAuthorityForm({ complaint, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { apply, error } = useApply(complaint, onDone);
  const { register, handleSubmit, formState } = useForm<z.input<typeof Args>, unknown, z.output<typeof Args>>(
    {
      resolver: zodResolver(Args),
      defaultValues: { responsibleParty: '', note: '' },
    },
  );
  const submit = handleSubmit(({ responsibleParty, note }) =>
    apply({ name: 'mark_not_authority', args: note ? { responsibleParty, note } : { responsibleParty } }),
  );
  return (
    <ActionForm
      title={t('actions.mark_not_authority.title')}
      submitLabel={t('actions.mark_not_authority.submit')}
      submitting={formState.isSubmitting}
      error={error}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <FormField
        label={t('actions.mark_not_authority.field')}
        error={problem(formState.errors.responsibleParty)}
      >
        {(props) => <input {...props} maxLength={LIMITS.shortText} {...register('responsibleParty')} />}
      </FormField>
      <FormField label={t('actions.mark_not_authority.note')} error={problem(formState.errors.note)}>
        {(props) => <textarea {...props} rows={2} maxLength={LIMITS.noteText} {...register('note')} />}
      </FormField>
    </ActionForm>
  );
}
