import type { Result } from './envelope.ts';

/**
 * What the Electron preload exposes as `window.saring` and what the web host's HTTP bridge imitates:
 * one call per contract method, always answering with an envelope, never throwing.
 */
export type SaringBridge = {
  /** `session` is the token auth.signIn or auth.setup returned; null before anyone signs in. */
  call(method: string, input: unknown, session: string | null): Promise<Result<unknown>>;
  /**
   * Desktop only: the window's page as an A4 PDF (print CSS applied), for "Cetak / Simpan PDF". The web
   * host has no such method; a browser prints through its own dialog.
   */
  printToPdf?(): Promise<Result<Uint8Array>>;
};

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'saring';
/** The IPC channel the preload and the main process use for contract calls. */
export const IPC_CHANNEL = 'saring:call';
/** The IPC channel for printToPdf: no input, the page it prints is the sender's own. */
export const PRINT_PDF_CHANNEL = 'saring:print-pdf';
/** The web host's per-launch token: a <meta> in the served page, echoed in this header on every call. */
export const TOKEN_META = 'saring-token';
export const TOKEN_HEADER = 'x-saring-token';
/** The web host reads the caller's session token from this header (the token of auth.signIn). */
export const SESSION_HEADER = 'x-saring-session';
