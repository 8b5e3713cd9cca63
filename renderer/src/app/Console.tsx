import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, ComplaintSort } from '../../../shared/index.ts';
import { DetailPanel } from '../detail/DetailPanel.tsx';
import { CountLabel } from '../inbox/CountLabel.tsx';
import { FilterPanel } from '../inbox/filters/FilterPanel.tsx';
import { NO_FILTERS, toFilters, type FilterChoice } from '../inbox/filters/filterChoice.ts';
import { InboxGrid } from '../inbox/InboxGrid.tsx';
import { SearchBox } from '../inbox/SearchBox.tsx';
import { DEFAULT_SORT } from '../inbox/sort.ts';
import { useComplaintPages } from '../inbox/useComplaintPages.ts';
import { useDebounced } from '../ui/useDebounced.ts';
import { DemoBanner } from './DemoBanner.tsx';
import { Header } from './Header.tsx';
import { useSelection } from './useSelection.ts';

/** Typing pauses this long before the search runs. */
const SEARCH_DELAY_MS = 250;

/** The desk's main screen: filters on the left, the inbox in the middle, the open complaint on the right. */
export function Console({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<FilterChoice>(NO_FILTERS);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<ComplaintSort>(DEFAULT_SORT);
  const [selectedId, select] = useSelection();
  const [countVersion, setCountVersion] = useState(0);
  const text = useDebounced(search, SEARCH_DELAY_MS);
  const filters = useMemo(() => toFilters(choice, text), [choice, text]);
  const pages = useComplaintPages(filters, sort);

  return (
    <div className="app">
      <Header cityName={info.cityName} />
      {info.hasDemoData && <DemoBanner count={info.complaintCount} />}
      <div className="workspace">
        <FilterPanel choice={choice} onChange={setChoice} />
        <main className="inbox" aria-label={t('inbox.region')}>
          <div className="toolbar">
            <SearchBox value={search} onChange={setSearch} />
            <CountLabel filters={filters} reload={countVersion} />
          </div>
          <InboxGrid
            pages={pages}
            sort={sort}
            onSortChange={setSort}
            selectedId={selectedId}
            onOpen={(row) => select(row.id)}
          />
        </main>
        <aside className="detail-column" aria-label={t('detail.label')}>
          <DetailPanel
            complaintId={selectedId}
            onChanged={(updated) => {
              pages.replaceRow(updated);
              setCountVersion((n) => n + 1);
            }}
          />
        </aside>
      </div>
    </div>
  );
}
