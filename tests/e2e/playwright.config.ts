import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser.ts';

// SARING_E2E_PORT lets two runs share a machine (e.g. while developing beside a running suite).
const PORT = Number(process.env.SARING_E2E_PORT ?? 5181);
const CI = Boolean(process.env.CI);
// Every run gets an empty data folder, so the demo seed is the same 5,000 complaints each time. Workers
// evaluate this file again; the variable keeps them from making folders nobody uses.
const dataDir = process.env.SARING_E2E_DATA ?? mkdtempSync(path.join(os.tmpdir(), 'saring-e2e-'));
process.env.SARING_E2E_DATA = dataDir;

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
  webServer: {
    command: `npx tsx electron/web/cli.ts --port ${PORT} --data ${dataDir} --demo-count 5000`,
    cwd: path.resolve(import.meta.dirname, '../..'),
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
