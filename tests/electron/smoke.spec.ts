import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { REPO_ROOT, findElectronBinary } from '../../electron/electron-binary.ts';

const binary = findElectronBinary();
test.skip(binary === null, 'Electron binary not available on this machine');

let app: ElectronApplication;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'saring-electron-'));
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [REPO_ROOT, '--data', dataDir, '--demo-count', '200'],
  });
});

test.afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('opens one Saring window on the app:// origin', async () => {
  const page = await app.firstWindow();
  await expect(page).toHaveTitle('Saring');
  expect(page.url()).toMatch(/^app:\/\/saring\//);
  expect(app.windows()).toHaveLength(1);
});

test('the page sees only the bridge: no process, no require', async () => {
  const page = await app.firstWindow();
  const globals = await page.evaluate(() => ({
    bridge: typeof Reflect.get(window, 'saring'),
    process: typeof Reflect.get(window, 'process'),
    require: typeof Reflect.get(window, 'require'),
  }));
  expect(globals).toEqual({ bridge: 'object', process: 'undefined', require: 'undefined' });
});

test('the inbox renders demo complaints through the bridge', async () => {
  const page = await app.firstWindow();
  const info: unknown = await page.evaluate(() => {
    const bridge = Reflect.get(window, 'saring') as { call(m: string, i: unknown): Promise<unknown> };
    return bridge.call('app.info', {});
  });
  expect(info).toMatchObject({ ok: true, value: { complaintCount: 200, hasDemoData: true } });
  await expect(page.getByRole('grid').getByRole('gridcell').first()).toBeVisible();
});
