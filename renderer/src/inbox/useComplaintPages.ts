import { useCallback, useRef, useState } from 'react';
import type { ApiError, ComplaintFilters, ComplaintRow, ComplaintSort } from '../../../shared/index.ts';
import { call } from '../api/client.ts';

/** Rows fetched per request as the user scrolls. */
export const PAGE_SIZE = 100;

type Pages = { key: string; rows: ComplaintRow[]; done: boolean; error: ApiError | null };

export type ComplaintPages = Omit<Pages, 'key'> & {
  /** Fetches the next page unless one is on its way, all are loaded, or the last one failed. */
  loadMore: () => void;
  retry: () => void;
  /** Shows a changed complaint in place, without reloading the list. */
  replaceRow: (row: ComplaintRow) => void;
};

const empty = (key: string): Pages => ({ key, rows: [], done: false, error: null });

/**
 * The inbox rows for one question (filters + sort), loaded page by page with offsets. A new question
 * starts from an empty list; pages that answer an older question are dropped.
 */
export function useComplaintPages(
  filters: ComplaintFilters,
  sort: ComplaintSort,
  /** Bumped to ask the same question again (after a bulk action changed many rows). */
  reload = 0,
): ComplaintPages {
  const key = JSON.stringify([filters, sort, reload]);
  const [stored, setStored] = useState<Pages>(() => empty(key));
  const pages = stored.key === key ? stored : empty(key);
  const inFlight = useRef<string | null>(null);

  const loadMore = useCallback(() => {
    if (pages.done || pages.error !== null || inFlight.current === key) return;
    inFlight.current = key;
    const offset = pages.rows.length;
    void call('complaints.list', { filters, sort, offset, limit: PAGE_SIZE }).then((result) => {
      if (inFlight.current === key) inFlight.current = null;
      setStored((prev) => {
        const base = prev.key === key ? prev : empty(key);
        if (base.rows.length !== offset) return base; // a stale duplicate of a page already added
        if (!result.ok) return { ...base, error: result.error };
        const rows = result.value.rows;
        return { ...base, rows: [...base.rows, ...rows], done: rows.length < PAGE_SIZE };
      });
    });
  }, [key, pages.done, pages.error, pages.rows.length, filters, sort]);

  const retry = useCallback(() => setStored((prev) => ({ ...prev, error: null })), []);

  const replaceRow = useCallback(
    (row: ComplaintRow) =>
      setStored((prev) => ({ ...prev, rows: prev.rows.map((r) => (r.id === row.id ? row : r)) })),
    [],
  );

  return { rows: pages.rows, done: pages.done, error: pages.error, loadMore, retry, replaceRow };
}
