import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium where it is installed (CI and this machine cannot download Playwright's browser),
 * else Playwright's own. The flags keep a headless Chromium from calling home on a closed network.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  if (!existsSync(DEBIAN_CHROMIUM)) return {};
  return {
    executablePath: DEBIAN_CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
