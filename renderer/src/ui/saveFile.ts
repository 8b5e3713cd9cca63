import type { ExportFile } from '../../../shared/index.ts';

/** Long enough for the browser to have read the blob after the click that starts the download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Hands a file to the browser's (or Electron's) download: a blob: link with a `download` name, clicked
 * once. A link click is a navigation, not a fetch, so the page's CSP (connect-src 'self') does not stand
 * in the way and needs no blob: exception.
 */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function saveTextFile(filename: string, text: string, type: string): void {
  saveBlob(filename, new Blob([text], { type }));
}

/** A file core made (XLSX, CSV), carried over the contract as base64. */
export function saveExportFile(file: ExportFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  saveBlob(file.fileName, new Blob([bytes], { type: file.mimeType }));
}
