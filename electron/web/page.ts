import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TOKEN_META, strictAssert } from '../../shared/index.ts';

/** Where `npm run build:renderer` writes the renderer. */
export const RENDERER_DIST = path.resolve(import.meta.dirname, '..', '..', 'renderer', 'dist');

/** Fails early with the fix when the renderer has not been built yet. */
export function requireRendererBuild(rendererDir: string): void {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir} is missing): run npm run build:renderer`);
  }
}

/**
 * The renderer's index.html with this launch's token in a <meta>, read once at start. The renderer's
 * web bridge reads the meta and echoes the token on every call.
 */
export function indexPageWithToken(rendererDir: string, token: string): string {
  // The token goes into HTML unescaped, so it must be the base64url text startWebHost makes.
  strictAssert(/^[A-Za-z0-9_-]+$/.test(token), 'token is base64url');
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  strictAssert(html.includes('</head>'), 'renderer index.html has a </head>');
  return html.replace('</head>', `  <meta name="${TOKEN_META}" content="${token}" />\n  </head>`);
}
