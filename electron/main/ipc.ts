import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, fail } from '../../shared/index.ts';
import type { Core } from '../core/index.ts';
import { isAppUrl } from './app-url.ts';

/** Only the top frame of our own window, showing our own page, may call the core. */
function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow): boolean {
  const frame = event.senderFrame;
  return (
    !window.isDestroyed() &&
    event.sender.id === window.webContents.id &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}

/**
 * Answers the preload's contract calls; dispatch in the core validates the method, the input and the
 * session token (checked there like any other value from the page).
 */
export function serveContract(core: Pick<Core, 'call'>, window: BrowserWindow): void {
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown, session: unknown) => {
    if (!isTrustedSender(event, window)) {
      return fail('unauthorized', 'Calls are accepted only from the Saring window');
    }
    return core.call(method, input, session);
  });
}
