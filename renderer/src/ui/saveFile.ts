/** Long enough for the browser to have read the blob after the click that starts the download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Hands a text file to the browser's (or Electron's) download: a blob: link with a `download` name,
 * clicked once. A link click is a navigation, not a fetch, so the page's CSP (connect-src 'self') does
 * not stand in the way and needs no blob: exception.
 */
export function saveTextFile(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
