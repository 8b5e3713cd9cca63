import { useSyncExternalStore } from 'react';
import type { ComplaintFilters } from '../../../shared/index.ts';

/** A named preset of inbox filters: a saved view, or a drill-down from a figure of the queue screen. */
export type InboxView = { id: string; title: string; filters: ComplaintFilters };

let active: InboxView | null = null;
const listeners = new Set<() => void>();

/**
 * The view the inbox shows, kept outside the inbox so the queue screen can pick it before the inbox
 * opens (a drill-down) and it survives switching screens. Null: no preset, only the filter column.
 */
export function showView(view: InboxView | null): void {
  active = view;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useActiveView(): InboxView | null {
  return useSyncExternalStore(subscribe, () => active);
}

/** The view's filters with the filter column's picks on top: a value picked there overrides the view's. */
export function withView(view: InboxView | null, picked: ComplaintFilters): ComplaintFilters {
  const chosen = Object.fromEntries(Object.entries(picked).filter(([, value]) => value !== undefined));
  return { ...view?.filters, ...chosen };
}
