import { ipcMain, type BrowserWindow } from 'electron';
import { IPC_CHANNEL, PRINT_PDF_CHANNEL, fail } from '../../shared/index.ts';
import type { Core } from '../core/index.ts';
import { printSenderToPdf } from './print-pdf.ts';
import { isTrustedSender } from './trusted-sender.ts';

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

/** Answers the preload's printToPdf: the report page as an A4 PDF. */
export function servePdfPrint(window: BrowserWindow): void {
  ipcMain.handle(PRINT_PDF_CHANNEL, (event) => printSenderToPdf(event, window));
}
