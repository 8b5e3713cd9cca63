import { randomBytes } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { openCore } from '../core/index.ts';
import type { DemoSeed } from '../launch-options.ts';
import { RENDERER_DIST, requireRendererBuild } from './page.ts';
import { buildWebServer } from './server.ts';

export type WebHostOptions = {
  port: number;
  dataDir: string;
  demo: DemoSeed;
  /** Defaults to renderer/dist; tests point it at a fixture. */
  rendererDir?: string;
  log?: Logger;
};

export type WebHost = { url: string; token: string; close(): Promise<void> };

/** Only the loopback interface: the host is for the person at this machine, never the network. */
const LOOPBACK = '127.0.0.1';

/** Opens the core on dataDir and serves the renderer and the API on http://127.0.0.1:port/. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const rendererDir = options.rendererDir ?? RENDERER_DIST;
  requireRendererBuild(rendererDir);
  const log = options.log ?? pino({ name: 'saring-web' });
  // A fresh secret per launch: a page that is not ours cannot know it, and it dies with the process.
  const token = randomBytes(32).toString('base64url');
  const core = openCore({ dataDir: options.dataDir, demo: options.demo, log });
  const app = buildWebServer({ core, token, port: options.port, rendererDir, log });
  try {
    await app.listen({ host: LOOPBACK, port: options.port });
  } catch (err) {
    await app.close();
    core.close();
    throw err;
  }
  return {
    url: `http://${LOOPBACK}:${options.port}/`,
    token,
    async close() {
      await app.close();
      core.close();
    },
  };
}
