import { useSyncExternalStore } from 'react';

/**
 * The console's top-level screens and their place in the URL hash ("#/audit"). The hash keeps a reload
 * (and the back button) on the same screen and needs no server routes or navigation in Electron. A new
 * screen is one entry here, its label under `nav` in the messages and its case in Screens.tsx.
 */
export const SCREENS = ['inbox', 'queue', 'clusters', 'conflicts', 'reports', 'audit', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

const HREFS: Record<Screen, string> = {
  inbox: '#',
  queue: '#/antrean',
  clusters: '#/klaster',
  conflicts: '#/konflik',
  reports: '#/dasbor',
  audit: '#/audit',
  settings: '#/pengaturan',
};

export const screenHref = (screen: Screen): string => HREFS[screen];

/**
 * The inbox owns every hash that is not another screen's: it keeps the open complaint there (#<id>, see
 * useSelection), and its own link "#" leaves an empty hash. A screen may keep its own state after a "?"
 * ("#/dasbor?dari=…").
 */
const currentScreen = (): Screen => {
  const path = window.location.hash.split('?')[0];
  return SCREENS.find((s) => HREFS[s] === path) ?? 'inbox';
};

/** Calls back whenever the address's hash changes (screens that keep state there use it too). */
export function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The screen the URL names; links to `screenHref(...)` switch it. */
export function useScreen(): Screen {
  return useSyncExternalStore(subscribeHash, currentScreen);
}
