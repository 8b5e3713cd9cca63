import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintSort } from '../../../shared/index.ts';
import { useCan, useUser } from '../auth/user.ts';
import { BulkBar } from '../bulk/BulkBar.tsx';
import { usePicked } from '../bulk/usePicked.ts';
import { DetailPanel } from '../detail/DetailPanel.tsx';
import { CountLabel } from '../inbox/CountLabel.tsx';
import { FilterPanel } from '../inbox/filters/FilterPanel.tsx';
import { NO_FILTERS, toFilters, type FilterChoice } from '../inbox/filters/filterChoice.ts';
import { InboxGrid } from '../inbox/InboxGrid.tsx';
import { SearchBox } from '../inbox/SearchBox.tsx';
import { DEFAULT_SORT } from '../inbox/sort.ts';
import { useComplaintPages } from '../inbox/useComplaintPages.ts';
import { useShortcut } from '../keyboard/useShortcuts.ts';
import { InboxExport } from '../reports/InboxExport.tsx';
import { useDebounced } from '../ui/useDebounced.ts';
import { useActiveView, withView } from '../views/inboxView.ts';
import { useSavedViews } from '../views/useSavedViews.ts';
import { ViewList } from '../views/ViewList.tsx';
import { useSelection } from './useSelection.ts';

/** Typing pauses this long before the search runs. */
const SEARCH_DELAY_MS = 250;

/** The desk's main screen: filters on the left, the inbox in the middle, the open complaint on the right. */
export function Console() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<FilterChoice>(NO_FILTERS);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<ComplaintSort>(DEFAULT_SORT);
  const [selectedId, select] = useSelection();
  const [countVersion, setCountVersion] = useState(0);
  const text = useDebounced(search, SEARCH_DELAY_MS);
  const view = useActiveView();
  const user = useUser();
  const mayReassign = useCan('complaint.assign');
  const views = useSavedViews(user.id);
  const filters = useMemo(() => withView(view, toFilters(choice, text)), [view, choice, text]);
  const [reload, setReload] = useState(0);
  const pages = useComplaintPages(filters, sort, reload);
  const picks = usePicked(JSON.stringify([filters, sort]), pages.rows);
  const afterBulk = useCallback(() => {
    setReload((n) => n + 1);
    setCountVersion((n) => n + 1);
  }, []);
  useShortcut('close', picks.clear);

  return (
    <div className="workspace">
      <div className="filter-column">
        {/* A view starts from a clean filter column; picks made there then narrow the view. */}
        <ViewList views={views} active={view} onPick={() => setChoice(NO_FILTERS)} />
        <FilterPanel choice={choice} onChange={setChoice} />
      </div>
      <main className="inbox" aria-label={t('inbox.region')}>
        <div className="toolbar">
          <SearchBox value={search} onChange={setSearch} />
          <CountLabel filters={filters} reload={countVersion} />
          <InboxExport filters={filters} sort={sort} />
        </div>
        {picks.list.length >= 2 && (
          <BulkBar
            selected={picks.list}
            mayReassign={mayReassign}
            onFinished={afterBulk}
            onDismiss={picks.clear}
          />
        )}
        <InboxGrid
          pages={pages}
          sort={sort}
          onSortChange={setSort}
          selectedId={selectedId}
          onOpen={(row) => select(row.id)}
          picked={picks.picked}
          onPickedChange={picks.setPicked}
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
  );
}
