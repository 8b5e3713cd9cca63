import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, AuditCheck } from '../../../shared/index.ts';
import { call } from '../api/client.ts';
import { useFormat } from '../i18n/format.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';

type Check =
  | { state: 'idle' | 'checking' }
  | { state: 'done'; result: AuditCheck }
  | { state: 'error'; error: ApiError };

/** "Periksa rantai": walks the whole hash chain on demand and says which rows were tampered with. */
export function ChainCheck() {
  const { t } = useTranslation();
  const format = useFormat();
  const [check, setCheck] = useState<Check>({ state: 'idle' });

  const run = async () => {
    setCheck({ state: 'checking' });
    const result = await call('audit.verify', {});
    setCheck(result.ok ? { state: 'done', result: result.value } : { state: 'error', error: result.error });
  };

  return (
    <div className="chain-check">
      <button
        type="button"
        className="secondary"
        disabled={check.state === 'checking'}
        onClick={() => void run()}
      >
        {check.state === 'checking' ? t('audit.checking') : t('audit.check')}
      </button>
      {check.state === 'error' && <ErrorMessage error={check.error} />}
      {check.state === 'done' && (
        <ChainResult result={check.result} formatted={format.number(check.result.checked)} />
      )}
    </div>
  );
}

function ChainResult({ result, formatted }: { result: AuditCheck; formatted: string }) {
  const { t } = useTranslation();
  if (result.broken.length === 0) {
    return (
      <p className="chain-ok" role="status">
        {t('audit.chainOk', { count: result.checked, formatted })}
      </p>
    );
  }
  return (
    <div className="error chain-broken" role="alert">
      <p>{t('audit.chainBroken', { broken: result.broken.length, formatted })}</p>
      <ul>
        {result.broken.map((row) => (
          <li key={row.id}>{t(`audit.problem.${row.problem}`, { id: row.id })}</li>
        ))}
      </ul>
    </div>
  );
}
