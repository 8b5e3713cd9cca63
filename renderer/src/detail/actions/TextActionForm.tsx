import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LIMITS, missingCase, type ComplaintDetail, type Operation } from '../../../../shared/index.ts';
import { FormField } from '../verify/FormField.tsx';
import { ActionForm } from './ActionForm.tsx';
import { operationSchema } from './operationSchema.ts';
import { useFieldError } from './fieldError.ts';
import { useApply } from './useApply.ts';

/** The actions whose only input is one text: what is missing, why, or a note. */
export type TextAction = 'hold' | 'reopen' | 'return_to_dinas' | 'archive' | 'add_note';

/** The shared schema of that one text, so the form refuses exactly what the server would. */
function textSchema(name: TextAction) {
  switch (name) {
    case 'hold':
      return operationSchema('hold').shape.args.shape.missing;
    case 'reopen':
      return operationSchema('reopen').shape.args.shape.reason;
    case 'return_to_dinas':
      return operationSchema('return_to_dinas').shape.args.shape.reason;
    case 'archive':
      return operationSchema('archive').shape.args.shape.note.unwrap();
    case 'add_note':
      return operationSchema('add_note').shape.args.shape.text;
    default:
      return missingCase(name);
  }
}

function toOperation(name: TextAction, text: string): Operation {
  switch (name) {
    case 'hold':
      return { name, args: { missing: text } };
    case 'reopen':
    case 'return_to_dinas':
      return { name, args: { reason: text } };
    case 'archive':
      return { name, args: text ? { note: text } : {} };
    case 'add_note':
      // The id is made here, once: a resent note is recognised instead of stored twice.
      return { name, args: { noteId: crypto.randomUUID(), text } };
    default:
      return missingCase(name);
  }
}

type Props = {
  name: TextAction;
  complaint: ComplaintDetail;
  onDone: (updated: ComplaintDetail) => void;
  onCancel: () => void;
};

export function TextActionForm({ name, complaint, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { apply, error } = useApply(complaint, onDone);
  const { register, handleSubmit, formState } = useForm<{ text: string }>({
    resolver: zodResolver(z.strictObject({ text: textSchema(name) })),
    defaultValues: { text: '' },
  });
  const submit = handleSubmit(({ text }) => apply(toOperation(name, text)));
  return (
    <ActionForm
      title={t(`actions.${name}.title`)}
      submitLabel={t(`actions.${name}.submit`)}
      submitting={formState.isSubmitting}
      error={error}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <FormField label={t(`actions.${name}.field`)} error={problem(formState.errors.text)}>
        {(props) => <textarea {...props} rows={3} maxLength={LIMITS.noteText} {...register('text')} />}
      </FormField>
    </ActionForm>
  );
}
