import os from 'node:os';
import { startChosenHub, type HubRun } from '../embedded/launch.ts';
import type { LaunchOptions } from '../launch-options.ts';
import { defaultDataDir } from './data-dir.ts';
import { startWebHost, type WebHost } from './host.ts';

async function orExit<T>(what: string, start: () => Promise<T>, undo?: () => Promise<void>): Promise<T> {
  try {
    return await start();
  } catch (err) {
    process.stderr.write(`${what} could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    await undo?.();
    return process.exit(1);
  }
}

/** The desk's folder: --data, else the per-user folder the Electron app uses too. */
export const deskDataDir = (options: LaunchOptions): string =>
  options.dataDir ?? defaultDataDir({ platform: process.platform, env: process.env, home: os.homedir() });

/** Starts the hub the options ask for, or prints why it cannot and exits. */
export const startHubOrExit = (options: LaunchOptions, dataDir: string): Promise<HubRun> =>
  orExit('The hub', () => startChosenHub(options.hub, dataDir, options.demo));

/**
 * Starts the web host for `npm run web` and `npm start` (with its hub, if any), prints where they are,
 * and stops both on Ctrl+C. A desk that syncs takes its complaints from the hub, never local demo data.
 */
export async function serveUntilStopped(options: LaunchOptions): Promise<void> {
  const dataDir = deskDataDir(options);
  const hub = await startHubOrExit(options, dataDir);
  const demo = options.hub.kind === 'none' ? options.demo : false;
  const host: WebHost = await orExit(
    'Saring web host',
    () => startWebHost({ port: options.port, dataDir, demo }),
    () => hub.stop(),
  );
  process.stdout.write(`Saring web host: ${host.url}  (data: ${dataDir})\n`);
  for (const line of hub.banner) process.stdout.write(`${line}\n`);
  const stop = () => {
    Promise.all([host.close(), hub.stop()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
