import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../../shared/index.ts';
import { call } from '../api/client.ts';
import { DownloadButton } from '../ui/DownloadButton.tsx';
import { saveTextFile } from '../ui/saveFile.ts';

/** Exports what the filters select (every page, not only the one shown) as a CSV download. */
export function ExportButton({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      label={t('audit.export')}
      busyLabel={t('audit.exporting')}
      make={() => call('audit.exportCsv', filters)}
      save={(file) => saveTextFile(file.filename, file.csv, 'text/csv;charset=utf-8')}
    />
  );
}
