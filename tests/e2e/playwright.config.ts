import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser.ts';
import { SYNC_DESK_PORT, SYNC_HUB_PORT, SYNC_INGEST_KEY } from './sync-hub.ts';

// SARING_E2E_PORT lets two runs share a machine (e.g. while developing beside a running suite).
const PORT = Number(process.env.SARING_E2E_PORT ?? 5181);
const CI = Boolean(process.env.CI);
// Every run gets an empty data folder, so the demo seed is the same 5,000 complaints each time. Workers
// evaluate this file again; the variable keeps them from making folders nobody uses.
const dataDir = process.env.SARING_E2E_DATA ?? mkdtempSync(path.join(os.tmpdir(), 'saring-e2e-'));
process.env.SARING_E2E_DATA = dataDir;

const SERVER = {
  cwd: path.resolve(import.meta.dirname, '../..'),
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'pipe',
  stderr: 'pipe',
} as const;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx tsx electron/web/cli.ts --port ${PORT} --data ${dataDir} --demo-count 5000`,
      ...SERVER,
      url: `http://127.0.0.1:${PORT}/`,
    },
    // sync.spec.ts: a real hub with the demo people, and a fresh desk (demo people, no complaints) for it.
    {
      command: `npx tsx hub/cli.ts --port ${SYNC_HUB_PORT} --data ${dataDir}-sync/hub --demo`,
      ...SERVER,
      url: `http://127.0.0.1:${SYNC_HUB_PORT}/api/v1/health`,
      env: { SARING_INGEST_KEY: SYNC_INGEST_KEY, SARING_HUB_LOG: 'warn' },
    },
    {
      command: `npx tsx electron/web/cli.ts --port ${SYNC_DESK_PORT} --data ${dataDir}-sync/desk --demo-count 0`,
      ...SERVER,
      url: `http://127.0.0.1:${SYNC_DESK_PORT}/`,
    },
  ],
});
