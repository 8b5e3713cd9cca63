import { fail, ok, type Result } from '../../../shared/index.ts';
import { currentBridge } from './bridge.ts';

/**
 * Prints the page as it stands (its print CSS lays out the A4 report). In the desktop app the main
 * process renders the PDF and answers with its bytes for the caller to save; in a browser the print
 * dialog opens (it prints or saves as PDF itself) and the answer is null.
 */
export async function printPage(): Promise<Result<Uint8Array | null>> {
  const bridge = currentBridge();
  if (typeof bridge.printToPdf !== 'function') {
    window.print();
    return ok(null);
  }
  try {
    const result = await bridge.printToPdf();
    if (result.ok && !(result.value instanceof Uint8Array)) return fail('internal', 'The PDF did not arrive');
    return result;
  } catch (err) {
    return fail('internal', err instanceof Error ? err.message : 'The PDF could not be made');
  }
}
