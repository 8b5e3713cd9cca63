import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PASSWORD_MIN, ROLES, type User } from '../../../../shared/index.ts';
import { ActionForm } from '../../detail/actions/ActionForm.tsx';
import { useFieldError } from '../../detail/actions/fieldError.ts';
import { FormField } from '../../detail/verify/FormField.tsx';
import { useMasterNames } from '../../master/master.tsx';
import { Refusal } from '../Refusal.tsx';
import { useSend } from '../useSend.ts';
import { fieldsOf, NEW_USER, UserFields, type UserFieldValues } from './userForm.ts';

type Props = { user: User | null; onSaved: () => void; onCancel: () => void };

/** Creates a user (user null) or changes one: name, role, dinas, whether they may sign in, a new password. */
export function UserForm({ user, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const problem = useFieldError();
  const { master } = useMasterNames();
  const { send, error } = useSend();
  const { register, handleSubmit, formState, watch } = useForm<
    UserFieldValues,
    unknown,
    z.output<typeof UserFields>
  >({ resolver: zodResolver(UserFields), defaultValues: user === null ? NEW_USER : fieldsOf(user) });
  const submit = handleSubmit(async (input) => {
    if (await send('users.save', input)) onSaved();
  });
  const { errors } = formState;
  // On a change, "conflict" can only mean the desk would be left without an active admin.
  const refusal =
    error?.code === 'conflict' ? t(`settings.users.conflict.${user ? 'lastAdmin' : 'taken'}`) : undefined;
  return (
    <ActionForm
      title={user ? t('settings.users.editOne', { username: user.username }) : t('settings.users.add')}
      submitLabel={t('settings.save')}
      submitting={formState.isSubmitting}
      error={null}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <FormField label={t('auth.username')} error={errors.username && t('auth.invalid.username')}>
        {(props) => (
          <input {...props} readOnly={user !== null} autoComplete="off" {...register('username')} />
        )}
      </FormField>
      <FormField label={t('auth.displayName')} error={problem(errors.displayName)}>
        {(props) => <input {...props} {...register('displayName')} />}
      </FormField>
      <FormField label={t('settings.users.role')} error={problem(errors.role)}>
        {(props) => (
          <select {...props} {...register('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {watch('role') === 'penghubung' && (
        <FormField label={t('settings.users.dinas')} error={errors.dinasId && t('settings.users.needDinas')}>
          {(props) => (
            <select {...props} {...register('dinasId')}>
              <option value="">{t('verify.choose')}</option>
              {master.dinas.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <label className="choice">
        <input type="checkbox" {...register('active')} /> {t('settings.users.maySignIn')}
      </label>
      <FormField
        label={user ? t('settings.users.newPassword') : t('auth.password')}
        error={errors.password && t('auth.invalid.passwordShort', { min: PASSWORD_MIN })}
      >
        {(props) => (
          <input {...props} type="password" autoComplete="new-password" {...register('password')} />
        )}
      </FormField>
      <p className="hint">
        {user
          ? t('settings.users.passwordKeep', { min: PASSWORD_MIN })
          : t('auth.passwordHint', { min: PASSWORD_MIN })}
      </p>
      <Refusal error={error} summary={refusal} />
    </ActionForm>
  );
}
