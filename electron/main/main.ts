import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, app, session } from 'electron';
import pino from 'pino';
import { openCore } from '../core/index.ts';
import { launchOptionsOrExit } from '../launch-options.ts';
import { declareAppScheme, serveRenderer } from './app-protocol.ts';
import { APP_ENTRY_URL } from './app-url.ts';
import { lockDown } from './hardening.ts';
import { serveContract, servePdfPrint } from './ipc.ts';

function createWindow(appRoot: string): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 800,
    title: 'Saring',
    webPreferences: {
      preload: path.join(appRoot, 'dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
}

async function main(): Promise<void> {
  // A packaged app's argv has no app path; `electron <app>` does.
  const args = process.argv.slice(app.isPackaged ? 1 : 2);
  const options = launchOptionsOrExit(args, { strict: false, command: 'saring' });
  // With --data, Chromium's own profile (caches, storage) lives beside the database, not in the default.
  if (options.dataDir !== undefined) app.setPath('userData', path.resolve(options.dataDir));
  declareAppScheme();
  await app.whenReady();

  const dataDir = app.getPath('userData');
  mkdirSync(dataDir, { recursive: true });
  const log = pino({ name: 'saring' }, pino.destination(path.join(dataDir, 'saring.log')));
  const appRoot = app.getAppPath();
  const core = openCore({
    dataDir,
    demo: options.demo,
    log,
    flagWorkerFile: path.join(appRoot, 'dist-electron', 'flag-worker.cjs'),
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core.close());

  lockDown(app, session.defaultSession);
  serveRenderer(path.join(appRoot, 'renderer', 'dist'));
  const window = createWindow(appRoot);
  serveContract(core, window);
  servePdfPrint(window);
  await window.loadURL(APP_ENTRY_URL);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `Saring could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  app.exit(1);
});
