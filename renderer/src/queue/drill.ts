import type { ComplaintFilters } from '../../../shared/index.ts';
import { showView } from '../views/inboxView.ts';

/**
 * Opens the inbox on the items behind a figure: the figure's filters become the inbox's view, and the
 * complaint to open (the longest waiting one) goes in the address the way the inbox keeps it.
 */
export function drillDown(id: string, title: string, filters: ComplaintFilters, openId?: string): void {
  showView({ id: `drill:${id}`, title, filters });
  window.location.hash = openId === undefined ? '' : `#${encodeURIComponent(openId)}`;
}
