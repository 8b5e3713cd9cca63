import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/index.ts';
import { useCall } from '../../api/useCall.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { UserForm } from './UserForm.tsx';
import { UserTable } from './UserTable.tsx';

const NO_INPUT = {};

/** Pengguna: the desk's accounts. One form at a time, for a new user (null) or the one picked. */
export function UsersSection() {
  const { t } = useTranslation();
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const users = useCall('users.list', NO_INPUT, reload);
  const close = () => setEditing(undefined);
  return (
    <div className="settings-section">
      <div className="settings-head">
        <h3>{t('settings.tabs.users')}</h3>
        <button type="button" onClick={() => setEditing(null)}>
          {t('settings.users.add')}
        </button>
      </div>
      {editing !== undefined && (
        <UserForm
          key={editing?.id ?? 'new'}
          user={editing}
          onSaved={() => {
            close();
            setReload((n) => n + 1);
          }}
          onCancel={close}
        />
      )}
      {users.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {users.state === 'error' && <ErrorMessage error={users.error} />}
      {users.state === 'ok' && <UserTable users={users.value} onEdit={setEditing} />}
    </div>
  );
}
