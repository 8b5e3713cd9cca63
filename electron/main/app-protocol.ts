import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../security-headers.ts';
import { APP_SCHEME, contentTypeFor, resolveAppFile } from './app-url.ts';

/** Must run before the app is ready: app:// becomes a standard, secure origin with fetch support. */
export function declareAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const notFound = () => new Response('Not found', { status: 404, headers: SECURITY_HEADERS });

/** Serves the built renderer from distDir on app://saring/ with the same security headers as the web host. */
export function serveRenderer(distDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(distDir, request.url);
    if (file === null) return notFound();
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        headers: { 'content-type': contentTypeFor(file), ...SECURITY_HEADERS },
      });
    } catch {
      return notFound();
    }
  });
}
