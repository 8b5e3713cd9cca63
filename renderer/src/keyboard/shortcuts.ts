/**
 * Every keyboard shortcut, once: the key, what it does and the message that names it. The help dialog
 * (?) lists exactly this table, so a shortcut cannot exist without being documented.
 */
export const SHORTCUTS = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'previous' },
  { key: 'Enter', action: 'open' },
  { key: ' ', action: 'toggleSelect' },
  { key: 'v', action: 'verify' },
  { key: 'x', action: 'reject' },
  { key: 'd', action: 'dispose' },
  { key: 'r', action: 'respond' },
  { key: 'm', action: 'merge' },
  { key: 'a', action: 'agreeFlag' },
  { key: 's', action: 'disagreeFlag' },
  { key: '/', action: 'search' },
  { key: '?', action: 'help' },
  { key: 'Escape', action: 'close' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];
export type ShortcutKey = (typeof SHORTCUTS)[number]['key'];

/**
 * The detail panel's action buttons carry `data-shortcut="<key>"`: the shortcut presses the button, so
 * it does exactly what a click does and is off whenever the button is disabled or absent.
 */
export const BUTTON_ACTIONS: readonly ShortcutAction[] = [
  'verify',
  'reject',
  'dispose',
  'respond',
  'merge',
  'agreeFlag',
  'disagreeFlag',
];

export const actionFor = (key: string): ShortcutAction | null =>
  SHORTCUTS.find((s) => s.key === key)?.action ?? null;

/** How a key is shown to people (the space bar is invisible otherwise). */
export const keyLabel = (key: ShortcutKey): string =>
  key === ' ' ? 'Space' : key === 'Escape' ? 'Esc' : key;
