import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../shared/index.ts';

type Props = { demo: NonNullable<AuthStatus['demo']>; onPick: (username: string) => void };

/** Demo mode says so, and lists its accounts: a click fills the sign-in form. */
export function DemoAccounts({ demo, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <section className="demo-accounts" aria-label={t('auth.demoTitle')}>
      <h2>{t('auth.demoTitle')}</h2>
      <p>{t('auth.demoIntro', { password: demo.password })}</p>
      <ul>
        {demo.users.map((u) => (
          <li key={u.username}>
            <button type="button" className="secondary" onClick={() => onPick(u.username)}>
              <strong>{u.username}</strong> · {t(`role.${u.role}`)}
              {u.role === 'penghubung' && ` · ${u.displayName}`}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
