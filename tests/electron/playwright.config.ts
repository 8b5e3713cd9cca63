import { defineConfig } from '@playwright/test';
import { findElectronBinary } from '../../electron/electron-binary.ts';

// Said once, by the runner (workers evaluate this file too), so a skipped suite never looks like a pass.
if (findElectronBinary() === null && process.env.TEST_WORKER_INDEX === undefined) {
  process.stdout.write('Electron binary not available on this machine: skipping Electron smoke tests\n');
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron/results.json' }]],
});
