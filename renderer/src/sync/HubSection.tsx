import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SyncConnectInput, type SyncStatus } from '../../../shared/index.ts';
import { useCall } from '../api/useCall.ts';
import { FormField } from '../detail/verify/FormField.tsx';
import { Refusal } from '../settings/Refusal.tsx';
import { useSend } from '../settings/useSend.ts';

const NO_INPUT = {};
type Field = 'hubUrl' | 'username' | 'password';

/** The admin connects this desk to the city's hub with their hub account; the hub checks the password. */
export function HubSection() {
  const { t } = useTranslation();
  const current = useCall('sync.status', NO_INPUT);
  const { send, error } = useSend();
  const [values, setValues] = useState<Record<Field, string>>({ hubUrl: '', username: '', password: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [connected, setConnected] = useState<SyncStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const hubUrl = connected?.hubUrl ?? (current.state === 'ok' ? current.value.hubUrl : null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const parsed = SyncConnectInput.safeParse(values);
    if (!parsed.success) {
      const bad = new Set(parsed.error.issues.map((i) => i.path[0]));
      const required = (f: Field) => (values[f].trim() === '' ? t('sync.connect.required') : undefined);
      setProblems({
        hubUrl: bad.has('hubUrl') ? (required('hubUrl') ?? t('sync.connect.badUrl')) : undefined,
        username: bad.has('username') ? required('username') : undefined,
        password: bad.has('password') ? required('password') : undefined,
      });
      return;
    }
    setProblems({});
    setBusy(true);
    const status = await send('sync.connect', parsed.data);
    setBusy(false);
    if (status === null) return;
    setConnected(status);
    setValues((v) => ({ ...v, password: '' }));
  };

  const field = (name: Field, label: string, type = 'text') => (
    <FormField label={label} error={problems[name]}>
      {(props) => (
        <input
          {...props}
          type={type}
          autoComplete={type === 'password' ? 'current-password' : 'off'}
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        />
      )}
    </FormField>
  );

  return (
    <form className="settings-section hub-connect" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('sync.connect.title')}</h3>
      <p className="muted">{t('sync.connect.intro')}</p>
      {hubUrl !== null && <p>{t('sync.connect.current', { url: hubUrl })}</p>}
      {field('hubUrl', t('sync.connect.url'), 'url')}
      {field('username', t('sync.connect.username'))}
      {field('password', t('sync.connect.password'), 'password')}
      <div>
        <button type="submit" disabled={busy}>
          {t('sync.connect.submit')}
        </button>
      </div>
      {connected !== null && <p role="status">{t('sync.connect.connected')}</p>}
      <Refusal error={error} summary={t('sync.connect.failed')} />
    </form>
  );
}
