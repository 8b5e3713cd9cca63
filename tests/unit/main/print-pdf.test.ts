import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { PDF_OPTIONS, printSenderToPdf } from '../../../electron/main/print-pdf.ts';

const PDF = Buffer.from('%PDF-1.7 test');

type Sender = { id?: number; url?: string; subframe?: boolean; destroyed?: boolean; fails?: boolean };

/** A fake window and invoke event: only the fields the trust check and printing read. */
function setup({
  id = 1,
  url = 'app://saring/index.html',
  subframe = false,
  destroyed = false,
  fails,
}: Sender) {
  const printToPDF = vi.fn(() => (fails ? Promise.reject(new Error('renderer gone')) : Promise.resolve(PDF)));
  const event = {
    sender: { id, printToPDF },
    senderFrame: { url, parent: subframe ? {} : null },
  } as unknown as IpcMainInvokeEvent;
  const window = { isDestroyed: () => destroyed, webContents: { id: 1 } } as unknown as BrowserWindow;
  return { event, window, printToPDF };
}

describe('printSenderToPdf', () => {
  it('prints our own window as A4 and answers with the PDF bytes', async () => {
    const { event, window, printToPDF } = setup({});
    const result = await printSenderToPdf(event, window);
    expect(printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(PDF_OPTIONS.pageSize).toBe('A4');
    expect(result.ok && Buffer.from(result.value).toString()).toBe('%PDF-1.7 test');
  });

  it.each<[string, Sender]>([
    ['another web contents', { id: 2 }],
    ['another origin', { url: 'https://example.org/' }],
    ['a subframe', { subframe: true }],
    ['a closed window', { destroyed: true }],
  ])('refuses %s without printing', async (_name, sender) => {
    const { event, window, printToPDF } = setup(sender);
    const result = await printSenderToPdf(event, window);
    expect(result.ok ? 'ok' : result.error.code).toBe('unauthorized');
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('answers a failed print with an error envelope, never a throw', async () => {
    const { event, window } = setup({ fails: true });
    const result = await printSenderToPdf(event, window);
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'internal', message: 'renderer gone' });
  });
});
