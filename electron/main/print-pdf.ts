import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { fail, ok, type Result } from '../../shared/index.ts';
import { isTrustedSender } from './trusted-sender.ts';

/** A4 as the page's @page rule states it, with its backgrounds (the chart colours, table shading). */
export const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

/**
 * "Cetak / Simpan PDF" in the desktop app: the sender's own page as PDF bytes, which the page then saves
 * like any other download. It takes no input, so the page can neither pick what is printed nor where a
 * file goes.
 */
export async function printSenderToPdf(
  event: IpcMainInvokeEvent,
  window: BrowserWindow,
): Promise<Result<Uint8Array>> {
  if (!isTrustedSender(event, window)) {
    return fail('unauthorized', 'Printing is accepted only from the Saring window');
  }
  try {
    const pdf = await event.sender.printToPDF(PDF_OPTIONS);
    return ok(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  } catch (err) {
    return fail('internal', err instanceof Error ? err.message : 'The PDF could not be made');
  }
}
