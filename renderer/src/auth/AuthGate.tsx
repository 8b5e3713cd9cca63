import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionVersion, setSession, subscribeSession } from '../api/session.ts';
import { useCall } from '../api/useCall.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { SetupForm } from './SetupForm.tsx';
import { SignInForm } from './SignInForm.tsx';
import { UserProvider } from './user.ts';

const NO_INPUT = {};

/**
 * Shows the children only to a signed-in user: on a first start the admin setup, otherwise sign-in. It
 * asks again whenever the session changes, so an expired session (core answers unauthorized) or a
 * sign-out brings the sign-in screen back.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const version = useSyncExternalStore(subscribeSession, sessionVersion);
  const [attempt, setAttempt] = useState(0);
  const status = useCall('auth.status', NO_INPUT, version * 1000 + attempt);

  if (status.state === 'loading') return <main className="boot muted">{t('app.loading')}</main>;
  if (status.state === 'error') {
    return (
      <main className="boot">
        <h1>{t('app.loadFailed')}</h1>
        <ErrorMessage error={status.error} />
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  const { needsSetup, user, demo } = status.value;
  if (needsSetup) return <SetupForm onSignedIn={(signedIn) => setSession(signedIn.session)} />;
  if (user === null)
    return <SignInForm demo={demo} onSignedIn={(signedIn) => setSession(signedIn.session)} />;
  return <UserProvider value={user}>{children}</UserProvider>;
}
