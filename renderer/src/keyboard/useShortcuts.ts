import { useEffect, useRef } from 'react';
import { BUTTON_ACTIONS, actionFor, type ShortcutAction } from './shortcuts.ts';

type Handler = () => void;

/** The handler the screen now showing gave each action; the newest registration wins. */
const handlers = new Map<ShortcutAction, Handler[]>();

/** While the focus is in a field, letters are typing, not commands; Escape still works there. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}

/**
 * Presses the action button, then puts the keyboard in the form it opens (the first field of a form in
 * the same region), so a keyboard-only user goes on typing where a mouse user would click.
 */
function pressButton(key: string): boolean {
  const button = document.querySelector<HTMLButtonElement>(`button[data-shortcut="${key}"]:not(:disabled)`);
  if (button === null) return false;
  const region = button.closest('aside, main, section') ?? document.body;
  button.click();
  requestAnimationFrame(() =>
    region.querySelector<HTMLElement>('form select, form input, form textarea')?.focus(),
  );
  return true;
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  // A modal dialog (the shortcut list) has the keyboard to itself; Escape there is the dialog's own.
  if (event.target instanceof Element && event.target.closest('dialog[open]') !== null) return;
  const action = actionFor(event.key);
  if (action === null || (action !== 'close' && isTyping(event.target))) return;
  // Space and Enter keep their own meaning on buttons, links and checkboxes.
  const onControl = event.target instanceof HTMLElement && event.target.closest('button, a, input') !== null;
  if ((action === 'open' || action === 'toggleSelect') && onControl) return;
  const handled = BUTTON_ACTIONS.includes(action) ? pressButton(event.key) : runHandler(action);
  if (handled) event.preventDefault();
}

function runHandler(action: ShortcutAction): boolean {
  const handler = handlers.get(action)?.at(-1);
  handler?.();
  return handler !== undefined;
}

/** Installs the one window listener for every shortcut; mount it once, at the top of the app. */
export function useShortcutListener(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Runs `handler` for the action while the calling component is mounted. */
export function useShortcut(action: ShortcutAction, handler: Handler): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const run = () => latest.current();
    handlers.set(action, [...(handlers.get(action) ?? []), run]);
    return () => {
      handlers.set(
        action,
        (handlers.get(action) ?? []).filter((h) => h !== run),
      );
    };
  }, [action]);
}
