import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  DEADLINE_STAGES,
  DEADLINE_UNITS,
  DeadlineProfileInput,
  DeadlineStage,
  DeadlineUnit,
  type DeadlineChange,
  type DeadlineProfile,
} from '../../../../shared/index.ts';
import { ActionForm } from '../../detail/actions/ActionForm.tsx';
import { useFieldError } from '../../detail/actions/fieldError.ts';
import { FormField } from '../../detail/verify/FormField.tsx';
import { CategoryOptions } from '../../master/CategoryOptions.tsx';
import { Refusal } from '../Refusal.tsx';
import { useSend } from '../useSend.ts';

/** The category select gives '' for the city default; the shared schema then checks the clock. */
const Fields = z
  .strictObject({ categoryId: z.string(), stage: DeadlineStage, amount: z.number(), unit: DeadlineUnit })
  .transform(({ categoryId, ...rest }) => ({ ...rest, categoryId: categoryId === '' ? null : categoryId }))
  .pipe(DeadlineProfileInput);

type Props = {
  /** The clock to change; null for a new one (usually a category's own). */
  profile: DeadlineProfile | null;
  onSaved: (change: DeadlineChange) => void;
  onCancel: () => void;
};

/** One clock: whose (a category or the city), which stage, how many working days or hours. */
export function ProfileForm({ profile, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { send, error } = useSend();
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof Fields>,
    unknown,
    z.output<typeof Fields>
  >({
    resolver: zodResolver(Fields),
    defaultValues: profile
      ? {
          categoryId: profile.categoryId ?? '',
          stage: profile.stage,
          amount: profile.amount,
          unit: profile.unit,
        }
      : { categoryId: '', stage: 'verifikasi', amount: 3, unit: 'hari_kerja' },
  });
  const submit = handleSubmit(async (input) => {
    const change = await send('deadlines.saveProfile', input);
    if (change) onSaved(change);
  });
  const { errors } = formState;
  return (
    <ActionForm
      title={t(profile ? 'settings.deadlines.editTitle' : 'settings.deadlines.add')}
      submitLabel={t('settings.save')}
      submitting={formState.isSubmitting}
      error={null}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <FormField label={t('settings.category')} error={problem(errors.categoryId)}>
        {(props) => (
          <select {...props} {...register('categoryId')}>
            <CategoryOptions emptyLabel={t('settings.deadlines.cityDefault')} />
          </select>
        )}
      </FormField>
      <FormField label={t('settings.deadlines.stage')} error={problem(errors.stage)}>
        {(props) => (
          <select {...props} {...register('stage')}>
            {DEADLINE_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`deadlineStage.${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t('settings.deadlines.amountField')}
        error={errors.amount && t('settings.deadlines.amountHint')}
      >
        {(props) => (
          <input {...props} type="number" min={1} {...register('amount', { valueAsNumber: true })} />
        )}
      </FormField>
      <FormField label={t('settings.deadlines.unit')} error={problem(errors.unit)}>
        {(props) => (
          <select {...props} {...register('unit')}>
            {DEADLINE_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`settings.deadlines.unitName.${u}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Refusal error={error} />
    </ActionForm>
  );
}
