import { useTranslation } from 'react-i18next';
import { printPage } from '../api/print.ts';
import { DownloadButton } from '../ui/DownloadButton.tsx';
import { saveBlob } from '../ui/saveFile.ts';

/**
 * "Cetak / Simpan PDF": the desktop app makes the A4 PDF itself and saves it; a browser opens its print
 * dialog, which prints or saves as PDF.
 */
export function PrintButton({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      label={t('reports.print.button')}
      busyLabel={t('reports.print.busy')}
      make={printPage}
      save={(pdf) => {
        if (pdf !== null) saveBlob(fileName, new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }));
      }}
    />
  );
}
