import { useTranslation } from 'react-i18next';
import type { Dashboard, ReportPeriod } from '../../../shared/index.ts';
import { useMasterNames } from '../master/master.tsx';
import { KecamatanFigure } from './KecamatanFigure.tsx';

/**
 * Where each kecamatan of Kota Tasikmalaya lies, roughly, on a 4 × 3 grid (north up): a sketch for
 * finding a place at a glance, not a survey map. A kecamatan not listed here (another city's master
 * data) goes after the sketch.
 */
const TILE_PLACES: Readonly<Record<string, string>> = {
  bungursari: 'tile-r1 tile-c1',
  indihiang: 'tile-r1 tile-c2',
  cipedes: 'tile-r1 tile-c3',
  purbaratu: 'tile-r1 tile-c4',
  mangkubumi: 'tile-r2 tile-c1',
  cihideung: 'tile-r2 tile-c2',
  tawang: 'tile-r2 tile-c3',
  cibeureum: 'tile-r2 tile-c4',
  kawalu: 'tile-r3 tile-c2',
  tamansari: 'tile-r3 tile-c3',
};

/** Heat steps by the share of the busiest kecamatan; the numbers are written on every tile too. */
const heat = (value: number, max: number) => `heat-${max === 0 ? 0 : Math.ceil((value / max) * 4)}`;

type Props = { rows: Dashboard['kecamatan']; period: ReportPeriod };

export function KecamatanGrid({ rows, period }: Props) {
  const { t } = useTranslation();
  const names = useMasterNames();
  const placed = rows.filter((r) => r.kecamatanId !== null);
  const max = Math.max(0, ...placed.map((r) => r.received));
  return (
    <ul className="kecamatan-grid" aria-label={t('reports.kecamatan.map')}>
      {placed.map((row) => {
        const id = row.kecamatanId ?? '';
        const name = names.kecamatan(id) ?? id;
        return (
          <li key={id} className={`tile ${TILE_PLACES[id] ?? ''} ${heat(row.received, max)}`}>
            <strong>{name}</strong>
            <span>
              {t('reports.kecamatan.received')}:{' '}
              <KecamatanFigure row={row} column="received" period={period} />
            </span>
            <span>
              {t('reports.kecamatan.overdueNow')}:{' '}
              <KecamatanFigure row={row} column="overdueNow" period={period} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
