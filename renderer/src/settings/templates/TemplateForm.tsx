import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  LIMITS,
  PLACEHOLDERS,
  renderTemplate,
  ResponseTemplateInput,
  type ResponseTemplate,
} from '../../../../shared/index.ts';
import { ActionForm } from '../../detail/actions/ActionForm.tsx';
import { useFieldError } from '../../detail/actions/fieldError.ts';
import { FormField } from '../../detail/verify/FormField.tsx';
import { CategoryOptions } from '../../master/CategoryOptions.tsx';
import { Refusal } from '../Refusal.tsx';
import { useSend } from '../useSend.ts';
import { SAMPLE_VALUES } from './sample.ts';

/** The category select gives '' for "any category"; the shared schema then checks the rest. */
const Fields = z
  .strictObject({ categoryId: z.string(), title: z.string(), body: z.string() })
  .transform(({ categoryId, ...rest }) => ({ ...rest, categoryId: categoryId === '' ? null : categoryId }))
  .pipe(ResponseTemplateInput.omit({ id: true }));

type Props = { template: ResponseTemplate | null; onSaved: () => void; onCancel: () => void };

/** A canned response's category, title and text, with the text as a citizen would read it. */
export function TemplateForm({ template, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { send, error } = useSend();
  const { register, handleSubmit, formState, watch } = useForm<
    z.input<typeof Fields>,
    unknown,
    z.output<typeof Fields>
  >({
    resolver: zodResolver(Fields),
    defaultValues: {
      categoryId: template?.categoryId ?? '',
      title: template?.title ?? '',
      body: template?.body ?? '',
    },
  });
  const submit = handleSubmit(async (fields) => {
    const input = template ? { ...fields, id: template.id } : fields;
    if (await send('templates.save', input)) onSaved();
  });
  const { errors } = formState;
  return (
    <ActionForm
      title={
        template ? t('settings.templates.editOne', { title: template.title }) : t('settings.templates.add')
      }
      submitLabel={t('settings.save')}
      submitting={formState.isSubmitting}
      error={null}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <FormField label={t('settings.category')} error={problem(errors.categoryId)}>
        {(props) => (
          <select {...props} {...register('categoryId')}>
            <CategoryOptions emptyLabel={t('settings.anyCategory')} />
          </select>
        )}
      </FormField>
      <FormField label={t('settings.templates.titleField')} error={problem(errors.title)}>
        {(props) => <input {...props} maxLength={LIMITS.shortText} {...register('title')} />}
      </FormField>
      <FormField label={t('settings.templates.body')} error={problem(errors.body)}>
        {(props) => <textarea {...props} rows={6} maxLength={LIMITS.noteText} {...register('body')} />}
      </FormField>
      <p className="hint">
        {t('settings.templates.placeholders', { list: PLACEHOLDERS.map((p) => `{${p}}`).join(', ') })}
      </p>
      <figure className="template-preview">
        <figcaption>{t('settings.templates.preview')}</figcaption>
        <p>{renderTemplate(watch('body'), SAMPLE_VALUES)}</p>
      </figure>
      <Refusal error={error} />
    </ActionForm>
  );
}
