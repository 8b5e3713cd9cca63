import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LIMITS, LocalDay, renderTemplate, type ComplaintDetail } from '../../../../shared/index.ts';
import { useCall } from '../../api/useCall.ts';
import { useMasterNames } from '../../master/master.tsx';
import { FormField } from '../verify/FormField.tsx';
import { ActionForm } from './ActionForm.tsx';
import { operationSchema } from './operationSchema.ts';
import { useFieldError } from './fieldError.ts';
import { templateValues } from './templateValues.ts';
import { useApply } from './useApply.ts';
import { respondedAtFor, wibToday } from './wibToday.ts';

const Args = operationSchema('record_response').shape.args;
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** The form's fields, each checked by the shared schema of the argument it becomes. */
const Fields = z.strictObject({
  text: Args.shape.text,
  day: LocalDay.refine((d) => d <= wibToday(), 'future'),
  visibility: z.enum(['public', 'internal']),
  evidence: z.string().transform(lines).pipe(Args.shape.evidence),
});

type Props = { complaint: ComplaintDetail; onDone: (u: ComplaintDetail) => void; onCancel: () => void };

/** Tindak lanjut: what the dinas did, when, public or internal, with evidence links; a template fills the text. */
export function ResponseForm({ complaint, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { master } = useMasterNames();
  const { apply, error } = useApply(complaint, onDone);
  const templates = useCall(
    'templates.list',
    complaint.categoryId === null ? {} : { categoryId: complaint.categoryId },
  );
  const dinasName = master.dinas.find((d) => d.id === complaint.dinasId)?.name ?? null;
  const { register, handleSubmit, formState, setValue } = useForm<
    z.input<typeof Fields>,
    unknown,
    z.output<typeof Fields>
  >({
    resolver: zodResolver(Fields),
    defaultValues: { text: '', day: wibToday(), visibility: 'public', evidence: '' },
  });
  const fillFrom = (templateId: string) => {
    const template =
      templates.state === 'ok' ? templates.value.find((x) => String(x.id) === templateId) : undefined;
    if (template) {
      setValue('text', renderTemplate(template.body, templateValues(complaint, dinasName)), {
        shouldValidate: true,
      });
    }
  };
  const submit = handleSubmit(({ text, day, visibility, evidence }) =>
    apply({
      name: 'record_response',
      args: {
        responseId: crypto.randomUUID(),
        text,
        respondedAt: respondedAtFor(day),
        isPublic: visibility === 'public',
        evidence,
      },
    }),
  );
  const { errors } = formState;
  return (
    <ActionForm
      title={t('actions.record_response.title')}
      submitLabel={t('actions.record_response.submit')}
      submitting={formState.isSubmitting}
      error={error}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <FormField label={t('actions.record_response.template')} error={undefined}>
        {(props) => (
          <select {...props} defaultValue="" onChange={(e) => fillFrom(e.target.value)}>
            <option value="">{t('actions.record_response.noTemplate')}</option>
            {templates.state === 'ok' &&
              templates.value.map((x) => (
                <option key={x.id} value={String(x.id)}>
                  {x.title}
                </option>
              ))}
          </select>
        )}
      </FormField>
      <FormField label={t('actions.record_response.field')} error={problem(errors.text)}>
        {(props) => <textarea {...props} rows={5} maxLength={LIMITS.noteText} {...register('text')} />}
      </FormField>
      <FormField
        label={t('actions.record_response.day')}
        error={problem(errors.day, t('actions.invalid.day'))}
      >
        {(props) => <input {...props} type="date" max={wibToday()} {...register('day')} />}
      </FormField>
      <fieldset className="field">
        <legend>{t('actions.record_response.visibility')}</legend>
        {(['public', 'internal'] as const).map((v) => (
          <label key={v} className="choice">
            <input type="radio" value={v} {...register('visibility')} /> {t(`actions.record_response.${v}`)}
          </label>
        ))}
      </fieldset>
      <FormField
        label={t('actions.record_response.evidence')}
        error={problem(errors.evidence, t('actions.invalid.links'))}
      >
        {(props) => <textarea {...props} rows={3} placeholder="https://…" {...register('evidence')} />}
      </FormField>
    </ActionForm>
  );
}
