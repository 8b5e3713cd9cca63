import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-url.ts';

/**
 * Only the top frame of our own window, showing our own page, may use IPC. Type-only imports keep this
 * (and what builds on it) testable without the Electron binary.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow): boolean {
  const frame = event.senderFrame;
  return (
    !window.isDestroyed() &&
    event.sender.id === window.webContents.id &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}
