import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { setSession } from '../api/session.ts';
import { useUser } from './user.ts';

/** Who is signed in, in which role, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useUser();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    // Signed out here whatever core answers: the token is forgotten either way.
    await call('auth.signOut', {});
    setSession(null);
  };
  return (
    <div className="user-menu" aria-label={t('auth.signedInAs')} role="group">
      <span className="user-name">{user.displayName}</span>
      <span className="user-role">{t(`role.${user.role}`)}</span>
      <button type="button" className="secondary" disabled={busy} onClick={() => void signOut()}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}
