import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { HOLIDAY_KINDS, HolidayAdjustment, LIMITS, type DeadlineChange } from '../../../../shared/index.ts';
import { useFieldError } from '../../detail/actions/fieldError.ts';
import { FormField } from '../../detail/verify/FormField.tsx';
import { Refusal } from '../Refusal.tsx';
import { useSend } from '../useSend.ts';

type Props = { onSaved: (change: DeadlineChange) => void };

/** Adds a cuti bersama day, or takes back a date the holiday package wrongly lists as a day off. */
export function HolidayForm({ onSaved }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { send, error } = useSend();
  const { register, handleSubmit, formState, reset } = useForm<
    z.input<typeof HolidayAdjustment>,
    unknown,
    z.output<typeof HolidayAdjustment>
  >({
    resolver: zodResolver(HolidayAdjustment),
    defaultValues: { date: '', kind: 'cuti_bersama', note: '' },
  });
  const submit = handleSubmit(async (input) => {
    const change = await send('deadlines.saveHoliday', input);
    if (!change) return;
    reset();
    onSaved(change);
  });
  const { errors } = formState;
  return (
    <form
      className="holiday-form"
      aria-label={t('settings.holidays.add')}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <FormField label={t('settings.holidays.date')} error={errors.date && t('settings.holidays.dateHint')}>
        {(props) => <input {...props} type="date" {...register('date')} />}
      </FormField>
      <FormField label={t('settings.holidays.kind')} error={problem(errors.kind)}>
        {(props) => (
          <select {...props} {...register('kind')}>
            {HOLIDAY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`settings.holidays.kindName.${k}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('settings.holidays.note')} error={problem(errors.note)}>
        {(props) => <input {...props} maxLength={LIMITS.shortText} {...register('note')} />}
      </FormField>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('settings.holidays.add')}
      </button>
      <Refusal error={error} />
    </form>
  );
}
