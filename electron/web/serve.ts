import os from 'node:os';
import type { LaunchOptions } from '../launch-options.ts';
import { defaultDataDir } from './data-dir.ts';
import { startWebHost, type WebHost } from './host.ts';

async function startOrExit(options: LaunchOptions, dataDir: string): Promise<WebHost> {
  try {
    return await startWebHost({ port: options.port, dataDir, demo: options.demo });
  } catch (err) {
    process.stderr.write(
      `Saring web host could not start: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  }
}

/** Starts the web host for `npm run web` and `npm start`, prints where it is, and stops on Ctrl+C. */
export async function serveUntilStopped(options: LaunchOptions): Promise<void> {
  const dataDir =
    options.dataDir ?? defaultDataDir({ platform: process.platform, env: process.env, home: os.homedir() });
  const host = await startOrExit(options, dataDir);
  process.stdout.write(`Saring web host: ${host.url}  (data: ${dataDir})\n`);
  const stop = () => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
