import { useTranslation } from 'react-i18next';
import type { Dashboard, ReportPeriod } from '../../../shared/index.ts';
import { useMasterNames } from '../master/master.tsx';
import { KecamatanFigure, KECAMATAN_COLUMNS } from './KecamatanFigure.tsx';

type Props = { rows: Dashboard['kecamatan']; period: ReportPeriod };

/** Per kecamatan: received in the period, open and overdue now. Items without a place come last. */
export function KecamatanTable({ rows, period }: Props) {
  const { t } = useTranslation();
  const names = useMasterNames();
  return (
    <table>
      {/* Always inside the section of the same title: named for screen readers only. */}
      <caption className="visually-hidden">{t('reports.kecamatan.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.kecamatan.name')}</th>
          {KECAMATAN_COLUMNS.map((c) => (
            <th scope="col" key={c}>
              {t(`reports.kecamatan.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.kecamatanId ?? ''}>
            <th scope="row">{names.kecamatan(row.kecamatanId) ?? t('reports.kecamatan.unknown')}</th>
            {KECAMATAN_COLUMNS.map((c) => (
              <td key={c}>
                <KecamatanFigure row={row} column={c} period={period} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
