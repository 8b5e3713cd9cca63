import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ComplaintDetail } from '../../../../shared/index.ts';
import { FormField } from '../verify/FormField.tsx';
import { ActionForm } from './ActionForm.tsx';
import { operationSchema } from './operationSchema.ts';
import { useFieldError } from './fieldError.ts';
import { useApply } from './useApply.ts';

const Args = operationSchema('set_lapor').shape.args;
/** An empty box clears the number; anything typed must be a LAPOR! number. */
const Fields = z.strictObject({
  trackingNo: z
    .string()
    .transform((s) => s.trim() || null)
    .pipe(Args.shape.trackingNo),
  recorded: Args.shape.recorded,
});

type Props = { complaint: ComplaintDetail; onDone: (u: ComplaintDetail) => void; onCancel: () => void };

/** The item's SP4N-LAPOR! tracking number and whether it is recorded there (the national register). */
export function LaporForm({ complaint, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { apply, error } = useApply(complaint, onDone);
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof Fields>,
    unknown,
    z.output<typeof Fields>
  >({
    resolver: zodResolver(Fields),
    defaultValues: { trackingNo: complaint.laporTrackingNo ?? '', recorded: complaint.laporRecorded },
  });
  const submit = handleSubmit((args) => apply({ name: 'set_lapor', args }));
  return (
    <ActionForm
      title={t('actions.set_lapor.title')}
      submitLabel={t('actions.set_lapor.submit')}
      submitting={formState.isSubmitting}
      error={error}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <FormField
        label={t('actions.set_lapor.field')}
        error={problem(formState.errors.trackingNo, t('actions.invalid.trackingNo'))}
      >
        {(props) => <input {...props} maxLength={40} autoComplete="off" {...register('trackingNo')} />}
      </FormField>
      <label className="choice">
        <input type="checkbox" {...register('recorded')} /> {t('actions.set_lapor.recorded')}
      </label>
    </ActionForm>
  );
}
