import { useMemo, useSyncExternalStore } from 'react';
import { ReportPeriod } from '../../../shared/index.ts';
import { screenHref, subscribeHash } from '../app/route.ts';
import { wibToday } from '../detail/actions/wibToday.ts';
import { DEFAULT_PRESET, presetPeriod } from './period.ts';

/** What the reports screen shows: the dashboard, the weekly summary or the A4 report, all printable. */
export const REPORT_PAGES = ['dashboard', 'weekly', 'print'] as const;
export type ReportPage = (typeof REPORT_PAGES)[number];

export type ReportRoute = { page: ReportPage; period: ReportPeriod };

/** The page's word in the address ("#/dasbor?lihat=laporan"); the dashboard needs none. */
const PAGE_PARAM: Record<ReportPage, string> = { dashboard: '', weekly: 'ringkasan', print: 'laporan' };

/**
 * The screen keeps its state in the address after the screen's hash ("#/dasbor?dari=…&sampai=…"), so a
 * reload, the back button and a link a colleague pastes open the same period. A period that is missing
 * or invalid in the address falls back to the default preset.
 */
export function parseReportRoute(hash: string, today: string): ReportRoute {
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  const period = ReportPeriod.safeParse({ from: params.get('dari'), to: params.get('sampai') });
  const word = params.get('lihat') ?? '';
  return {
    page: REPORT_PAGES.find((p) => PAGE_PARAM[p] === word) ?? 'dashboard',
    period: period.success ? period.data : presetPeriod(DEFAULT_PRESET, today),
  };
}

export function reportHref({ page, period }: ReportRoute): string {
  const params = new URLSearchParams({ dari: period.from, sampai: period.to });
  if (PAGE_PARAM[page] !== '') params.set('lihat', PAGE_PARAM[page]);
  return `${screenHref('reports')}?${params.toString()}`;
}

/** The address as a string, so React compares snapshots by value. */
const snapshot = () => window.location.hash;

export function useReportRoute(): ReportRoute {
  const hash = useSyncExternalStore(subscribeHash, snapshot);
  // One route object per address: the period feeds memoised columns and the dashboard query.
  return useMemo(() => parseReportRoute(hash, wibToday()), [hash]);
}

export const goToReport = (route: ReportRoute): void => {
  window.location.hash = reportHref(route);
};
