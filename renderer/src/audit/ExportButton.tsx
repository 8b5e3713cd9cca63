import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, AuditFilters } from '../../../shared/index.ts';
import { call } from '../api/client.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { saveTextFile } from '../ui/saveFile.ts';

/** Exports what the filters select (every page, not only the one shown) as a CSV download. */
export function ExportButton({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    const result = await call('audit.exportCsv', filters);
    setBusy(false);
    if (result.ok) saveTextFile(result.value.filename, result.value.csv, 'text/csv;charset=utf-8');
    else setError(result.error);
  };

  return (
    <div className="export">
      <button type="button" className="secondary" disabled={busy} onClick={() => void run()}>
        {busy ? t('audit.exporting') : t('audit.export')}
      </button>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
