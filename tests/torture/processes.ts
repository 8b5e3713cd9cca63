import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export type Proc = {
  readonly label: string;
  alive(): boolean;
  /**
   * Resolves true on the first matching line after the first `since` lines (default: from now), false
   * after timeoutMs or when the process ends. Lines are kept: one read can deliver several at once.
   */
  nextLine(match: (line: string) => boolean, timeoutMs: number, since?: number): Promise<boolean>;
  /** Calls `onLine` for every line until the returned function is called. */
  watch(onLine: (line: string) => void): () => void;
  /** Sends the signal and waits until the process is gone. */
  stop(signal: NodeJS.Signals): Promise<void>;
  /** The last lines of stderr, for a report when something goes wrong. */
  stderrTail(): string;
};

/**
 * `node FILE ARGS` (a bundled entry, see bundle.ts), run directly: the `tsx` command would put a second
 * process between us and it, and SIGKILL must reach the real one.
 */
export function startProc(label: string, file: string, args: string[], env: NodeJS.ProcessEnv = {}): Proc {
  const child = spawn(process.execPath, [file, ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const listeners = new Set<(line: string) => void>();
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const listener of [...listeners]) listener(line);
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4_000)));
  let running = true;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      running = false;
      for (const listener of [...listeners]) listener('\u0000exit');
      resolve();
    }),
  );

  const watch = (onLine: (line: string) => void) => {
    listeners.add(onLine);
    return () => void listeners.delete(onLine);
  };
  return {
    label,
    alive: () => running,
    watch,
    nextLine: (match, timeoutMs, since = lines.length) =>
      new Promise((resolve) => {
        if (lines.slice(since).some(match)) return resolve(true);
        if (!running) return resolve(false);
        const done = (found: boolean) => {
          clearTimeout(timer);
          unwatch();
          resolve(found);
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        const unwatch = watch((line) => {
          if (line === '\u0000exit') done(false);
          else if (match(line)) done(true);
        });
      }),
    async stop(signal) {
      if (running) child.kill(signal);
      await exited;
    },
    stderrTail: () => stderr,
  };
}
