import { spawn, spawnSync } from 'node:child_process';
import { REPO_ROOT, findElectronBinary } from './electron-binary.ts';
import { electronFlags, launchOptionsOrExit } from './launch-options.ts';
import { deskDataDir, serveUntilStopped, startHubOrExit } from './web/serve.ts';

function runScript(script: string): void {
  const windows = process.platform === 'win32';
  const result = spawnSync(windows ? 'npm.cmd' : 'npm', ['run', script], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    shell: windows,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * `npm start`: the Electron app where its binary exists, else the same core and renderer as a web host.
 * By default with a hub of its own on this machine and a demo feed (--hub URL: a city's hub; --no-hub:
 * the stand-alone desk).
 */
const options = launchOptionsOrExit(process.argv.slice(2), {
  strict: true,
  command: 'npm start --',
  hub: 'local',
});
runScript('build:renderer');
const electron = findElectronBinary();
if (electron !== null) {
  runScript('build:electron');
  const dataDir = deskDataDir(options);
  const hub = await startHubOrExit(options, dataDir);
  for (const line of hub.banner) process.stdout.write(`${line}\n`);
  // The app opens the desk the hub step readied: same folder, and no local demo data beside the hub's.
  const flags = electronFlags(options.hub.kind === 'none' ? options : { ...options, dataDir, demo: false });
  const child = spawn(electron, [REPO_ROOT, ...flags], { stdio: 'inherit' });
  child.on('exit', (code) => void hub.stop().finally(() => process.exit(code ?? 1)));
} else {
  process.stdout.write(
    'Electron binary not found (cannot be downloaded here); starting the web host instead:\n',
  );
  await serveUntilStopped(options);
}
