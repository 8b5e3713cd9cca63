import { useTranslation } from 'react-i18next';
import type { ComplaintFilters, ComplaintSort } from '../../../shared/index.ts';
import { call } from '../api/client.ts';
import { DownloadButton } from '../ui/DownloadButton.tsx';
import { saveExportFile } from '../ui/saveFile.ts';

type Props = { filters: ComplaintFilters; sort: ComplaintSort };

/** The inbox list as filtered and sorted on screen (every row, not only those loaded), as XLSX or CSV. */
export function InboxExport({ filters, sort }: Props) {
  const { t } = useTranslation();
  const query = { filters, sort };
  return (
    <div className="inbox-export" role="group" aria-label={t('reports.export.inbox')}>
      <DownloadButton
        label={t('reports.export.xlsx')}
        busyLabel={t('reports.export.busy')}
        make={() => call('exports.complaintsXlsx', query)}
        save={saveExportFile}
      />
      <DownloadButton
        label={t('reports.export.csv')}
        busyLabel={t('reports.export.busy')}
        make={() => call('exports.complaintsCsv', query)}
        save={saveExportFile}
      />
    </div>
  );
}
