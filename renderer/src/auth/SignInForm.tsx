import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, AuthStatus, SignedIn } from '../../../shared/index.ts';
import { call } from '../api/client.ts';
import { LanguageSwitch } from '../app/LanguageSwitch.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { DemoAccounts } from './DemoAccounts.tsx';

type Props = { demo: AuthStatus['demo']; onSignedIn: (signedIn: SignedIn) => void };

export function SignInForm({ demo, onSignedIn }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await call('auth.signIn', { username, password });
    setBusy(false);
    if (result.ok) onSignedIn(result.value);
    else setError(result.error);
  };

  return (
    <main className="auth-screen">
      <LanguageSwitch />
      <form className="auth-form" aria-label={t('auth.signInTitle')} onSubmit={(e) => void submit(e)}>
        <h1>{t('auth.signInTitle')}</h1>
        <label>
          {t('auth.username')}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t('auth.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error?.code === 'unauthorized' ? (
          <p className="error" role="alert">
            {t('auth.wrongCredentials')}
          </p>
        ) : (
          error && <ErrorMessage error={error} />
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
      {demo && (
        <DemoAccounts
          demo={demo}
          onPick={(picked) => {
            setUsername(picked);
            setPassword(demo.password);
            setError(null);
          }}
        />
      )}
    </main>
  );
}
