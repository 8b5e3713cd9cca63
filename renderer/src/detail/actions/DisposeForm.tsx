import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LIMITS, type ComplaintDetail } from '../../../../shared/index.ts';
import { useMasterNames } from '../../master/master.tsx';
import { FormField } from '../verify/FormField.tsx';
import { ActionForm } from './ActionForm.tsx';
import { operationSchema } from './operationSchema.ts';
import { useFieldError } from './fieldError.ts';
import { useApply } from './useApply.ts';

const Args = operationSchema('dispose').shape.args;
/** Disposing again (to another dinas) needs a reason; the reducer refuses it without one too. */
const Reassign = Args.refine((a) => Boolean(a.reason), { path: ['reason'], message: 'reason' });

type Props = { complaint: ComplaintDetail; onDone: (u: ComplaintDetail) => void; onCancel: () => void };

/**
 * Disposisi: the category's routing rule picks the dinas, the moderator may override it. Once the item
 * is with a dinas this is a reassignment, which starts with no dinas picked and asks why.
 */
export function DisposeForm({ complaint, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { master, dinas } = useMasterNames();
  const { apply, error } = useApply(complaint, onDone);
  const reassigning = complaint.status !== 'terverifikasi';
  const routed = master.categories.find((c) => c.id === complaint.categoryId)?.defaultDinasId;
  const { register, handleSubmit, formState } = useForm<z.input<typeof Args>, unknown, z.output<typeof Args>>(
    {
      resolver: zodResolver(reassigning ? Reassign : Args),
      defaultValues: { dinasId: reassigning ? '' : (routed ?? ''), reason: '' },
    },
  );
  const submit = handleSubmit(({ dinasId, reason }) =>
    apply({ name: 'dispose', args: reason ? { dinasId, reason } : { dinasId } }),
  );
  const reasonLabel = reassigning ? t('actions.dispose.reason') : t('actions.dispose.note');
  return (
    <ActionForm
      title={t(reassigning ? 'actions.dispose.reassignTitle' : 'actions.dispose.title')}
      submitLabel={t('actions.dispose.submit')}
      submitting={formState.isSubmitting}
      error={error}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <FormField
        label={t('actions.dispose.dinas')}
        error={problem(formState.errors.dinasId, t('actions.invalid.choose'))}
      >
        {(props) => (
          <select {...props} {...register('dinasId')}>
            <option value="">{t('verify.choose')}</option>
            {master.dinas
              .filter((d) => !reassigning || d.id !== complaint.dinasId)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.id === routed ? t('actions.dispose.routed', { dinas: dinas(d.id) }) : dinas(d.id)}
                </option>
              ))}
          </select>
        )}
      </FormField>
      <FormField label={reasonLabel} error={problem(formState.errors.reason, t('actions.invalid.required'))}>
        {(props) => <textarea {...props} rows={2} maxLength={LIMITS.noteText} {...register('reason')} />}
      </FormField>
    </ActionForm>
  );
}
