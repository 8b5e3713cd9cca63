import { spawn, spawnSync } from 'node:child_process';
import { REPO_ROOT, findElectronBinary } from './electron-binary.ts';
import { electronFlags, launchOptionsOrExit } from './launch-options.ts';
import { serveUntilStopped } from './web/serve.ts';

function runScript(script: string): void {
  const windows = process.platform === 'win32';
  const result = spawnSync(windows ? 'npm.cmd' : 'npm', ['run', script], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    shell: windows,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** `npm start`: the Electron app where its binary exists, else the same core and renderer as a web host. */
const options = launchOptionsOrExit(process.argv.slice(2), { strict: true, command: 'npm start --' });
runScript('build:renderer');
const electron = findElectronBinary();
if (electron !== null) {
  runScript('build:electron');
  const child = spawn(electron, [REPO_ROOT, ...electronFlags(options)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  process.stdout.write(
    'Electron binary not found (cannot be downloaded here); starting the web host instead:\n',
  );
  await serveUntilStopped(options);
}
