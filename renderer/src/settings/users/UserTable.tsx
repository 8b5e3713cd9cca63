import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/index.ts';
import { useMasterNames } from '../../master/master.tsx';

type Props = { users: readonly User[]; onEdit: (user: User) => void };

/** Everyone who may sign in (and those who no longer may), with a button to change each. */
export function UserTable({ users, onEdit }: Props) {
  const { t } = useTranslation();
  const { dinas } = useMasterNames();
  return (
    <table className="settings-table" aria-label={t('settings.users.table')}>
      <thead>
        <tr>
          <th scope="col">{t('auth.username')}</th>
          <th scope="col">{t('auth.displayName')}</th>
          <th scope="col">{t('settings.users.role')}</th>
          <th scope="col">{t('settings.users.dinas')}</th>
          <th scope="col">{t('settings.users.active')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('settings.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id} className={u.active ? undefined : 'inactive'}>
            <td className="mono">{u.username}</td>
            <td>{u.displayName}</td>
            <td>{t(`role.${u.role}`)}</td>
            <td>{dinas(u.dinasId) ?? t('detail.none')}</td>
            <td>{u.active ? t('audit.yes') : t('audit.no')}</td>
            <td>
              <button
                type="button"
                className="secondary"
                aria-label={t('settings.users.editOne', { username: u.username })}
                onClick={() => onEdit(u)}
              >
                {t('settings.edit')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
