import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DisplayName,
  PASSWORD_MIN,
  Password,
  Username,
  type ApiError,
  type SignedIn,
} from '../../../shared/index.ts';
import { call } from '../api/client.ts';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';
import { FormField } from '../detail/verify/FormField.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';

type Fields = { username: string; displayName: string; password: string; again: string };
type Problems = Partial<Record<keyof Fields, string>>;

/** First start: the admin account, checked here with the same schemas core checks with. */
export function SetupForm({ onSignedIn }: { onSignedIn: (signedIn: SignedIn) => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Fields>({ username: '', displayName: '', password: '', again: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof Fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));

  const check = (): Problems => {
    const found: Problems = {};
    if (!Username.safeParse(fields.username).success) found.username = t('auth.invalid.username');
    if (!DisplayName.safeParse(fields.displayName).success) found.displayName = t('auth.invalid.displayName');
    if (!Password.safeParse(fields.password).success) {
      found.password = t('auth.invalid.passwordShort', { min: PASSWORD_MIN });
    }
    if (fields.again !== fields.password) found.again = t('auth.invalid.passwordMismatch');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const { username, displayName, password } = fields;
    const result = await call('auth.setup', { username, displayName, password });
    setBusy(false);
    if (result.ok) onSignedIn(result.value);
    else setError(result.error);
  };

  // The field's render function: FormField hands it the id and the error wiring.
  const input = (name: keyof Fields, type: 'text' | 'password', autoComplete: string) => (props: object) => (
    <input {...props} type={type} autoComplete={autoComplete} value={fields[name]} onChange={set(name)} />
  );

  return (
    <main className="auth-screen">
      <LanguageSwitch />
      <form
        className="auth-form"
        aria-label={t('auth.setupTitle')}
        noValidate
        onSubmit={(e) => void submit(e)}
      >
        <h1>{t('auth.setupTitle')}</h1>
        <p>{t('auth.setupIntro')}</p>
        <FormField label={t('auth.username')} error={problems.username}>
          {input('username', 'text', 'username')}
        </FormField>
        <FormField label={t('auth.displayName')} error={problems.displayName}>
          {input('displayName', 'text', 'name')}
        </FormField>
        <FormField label={t('auth.password')} error={problems.password}>
          {input('password', 'password', 'new-password')}
        </FormField>
        <p className="muted">{t('auth.passwordHint', { min: PASSWORD_MIN })}</p>
        <FormField label={t('auth.passwordAgain')} error={problems.again}>
          {input('again', 'password', 'new-password')}
        </FormField>
        {error && <ErrorMessage error={error} />}
        <button type="submit" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.createAdmin')}
        </button>
      </form>
    </main>
  );
}
