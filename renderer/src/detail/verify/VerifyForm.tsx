import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_TYPES,
  CONFIDENTIALITIES,
  LIMITS,
  PRIORITIES,
  type ApiError,
  type ComplaintDetail,
} from '../../../../shared/index.ts';
import { call } from '../../api/client.ts';
import { CategoryOptions } from '../../master/CategoryOptions.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormField } from './FormField.tsx';
import { VerifyArgs, type VerifyInput } from './verifyArgs.ts';

type Props = {
  complaint: ComplaintDetail;
  onVerified: (updated: ComplaintDetail) => void;
  onCancel: () => void;
};

export function VerifyForm({ complaint, onVerified, onCancel }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const { register, handleSubmit, formState } = useForm<VerifyInput, unknown, VerifyArgs>({
    resolver: zodResolver(VerifyArgs),
    defaultValues: {
      type: complaint.type ?? 'pengaduan',
      categoryId: complaint.categoryId ?? '',
      priority: complaint.priority,
      confidentiality: complaint.confidentiality,
      note: '',
    },
  });
  const { errors, isSubmitting } = formState;
  const problem = (field: keyof VerifyInput) => (errors[field] ? t(`verify.invalid.${field}`) : undefined);

  const submit = handleSubmit(async ({ note, ...args }) => {
    setServerError(null);
    const result = await call('complaints.apply', {
      complaintId: complaint.id,
      operation: { name: 'verify', args: note ? { ...args, note } : args },
    });
    if (result.ok) onVerified(result.value);
    else setServerError(result.error);
  });

  return (
    <form className="verify-form" aria-labelledby={titleId} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={titleId}>{t('verify.title')}</h3>
      <FormField label={t('verify.type')} error={problem('type')}>
        {(props) => (
          <select {...props} {...register('type')}>
            {COMPLAINT_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`type.${v}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('verify.category')} error={problem('categoryId')}>
        {(props) => (
          <select {...props} {...register('categoryId')}>
            <CategoryOptions emptyLabel={t('verify.choose')} />
          </select>
        )}
      </FormField>
      <FormField label={t('verify.priority')} error={problem('priority')}>
        {(props) => (
          <select {...props} {...register('priority')}>
            {PRIORITIES.map((v) => (
              <option key={v} value={v}>
                {t(`priority.${v}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('verify.confidentiality')} error={problem('confidentiality')}>
        {(props) => (
          <select {...props} {...register('confidentiality')}>
            {CONFIDENTIALITIES.map((v) => (
              <option key={v} value={v}>
                {t(`confidentiality.${v}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('verify.note')} error={problem('note')}>
        {(props) => <textarea {...props} rows={3} maxLength={LIMITS.noteText} {...register('note')} />}
      </FormField>
      {serverError && <ErrorMessage error={serverError} />}
      <div className="actions">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('verify.saving') : t('verify.submit')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('verify.cancel')}
        </button>
      </div>
    </form>
  );
}
