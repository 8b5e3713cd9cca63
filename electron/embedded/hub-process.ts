import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../electron-binary.ts';

export type HubProcess = { url: string; stop(): Promise<void> };

const HUB_CLI = path.join(REPO_ROOT, 'hub', 'cli.ts');
const LOOPBACK = '127.0.0.1';
const READY_MS = 30_000;

/** A loopback port nobody listens on now (for a hub started by a test or a benchmark). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no loopback port was given')),
      );
    });
  });
}

/** Refuses a taken port up front: a hub already listening there would answer our health checks. */
function checkPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new Error(`port ${port} on ${LOOPBACK} is in use: stop what listens there, or use --no-hub`)),
    );
    probe.listen(port, LOOPBACK, () => probe.close(() => resolve()));
  });
}

/**
 * The hub as its own process (`tsx hub/cli.ts`), as a city's hub is separate from every desk: the desktop
 * code never imports the hub (core-not-hub). First-start secrets (SARING_INGEST_KEY,
 * SARING_ADMIN_PASSWORD) come in through `env`, so the hub never prints them; `demo` gives it the demo
 * people. Resolves once the hub answers its health check.
 */
export async function spawnHub(opts: {
  dataDir: string;
  port: number;
  env: Readonly<Record<string, string>>;
  demo: boolean;
}): Promise<HubProcess> {
  await checkPortFree(opts.port);
  const args = ['--import', 'tsx', HUB_CLI, '--port', String(opts.port), '--host', LOOPBACK];
  const child = spawn(process.execPath, [...args, '--data', opts.dataDir, ...(opts.demo ? ['--demo'] : [])], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...opts.env,
      SARING_HUB_LOG: process.env.SARING_HUB_LOG ?? 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  const url = `http://${LOOPBACK}:${opts.port}`;
  const stop = async (): Promise<void> => {
    if (gone !== undefined) return;
    child.kill('SIGTERM');
    const late = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(late);
  };
  const until = Date.now() + READY_MS;
  while (gone === undefined) {
    if (await answers(url)) return { url, stop };
    if (Date.now() > until) {
      await stop();
      throw new Error(`the local hub did not answer within ${READY_MS / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the local hub stopped at start (exit code ${gone}); its messages are above`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}
