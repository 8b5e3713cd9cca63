import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall.ts';
import { MasterProvider } from '../master/master.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { Screens } from './Screens.tsx';

const NO_INPUT = {};

/** Loads what every screen needs (app info, the city's master data) before showing the console. */
export function App() {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const info = useCall('app.info', NO_INPUT, attempt);
  const master = useCall('master.get', NO_INPUT, attempt);

  const failed = info.state === 'error' ? info.error : master.state === 'error' ? master.error : null;
  if (failed) {
    return (
      <main className="boot">
        <h1>{t('app.loadFailed')}</h1>
        <ErrorMessage error={failed} />
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  if (info.state !== 'ok' || master.state !== 'ok') {
    return <main className="boot muted">{t('app.loading')}</main>;
  }
  return (
    <MasterProvider value={master.value}>
      <Screens info={info.value} />
    </MasterProvider>
  );
}
