import { parseArgs } from 'node:util';

export type DemoSeed = false | { count: number; seed: number };

/**
 * Which hub the desk syncs with: `local` starts one on this machine with demo people and a demo feed,
 * `remote` is a city's hub, `none` is the stand-alone desk.
 */
export type HubChoice = { kind: 'local' } | { kind: 'remote'; url: string } | { kind: 'none' };

/** What `npm start`, `npm run web` and the Electron app accept on the command line. */
export type LaunchOptions = {
  /** Undefined: the per-user app-data folder. */
  dataDir: string | undefined;
  demo: DemoSeed;
  port: number;
  hub: HubChoice;
};

export const DEFAULT_PORT = 5180;
/** An empty database is seeded with this many demo complaints unless --no-demo. */
export const DEFAULT_DEMO_COUNT = 5000;
const DEMO_SEED = 1;
const MAX_DEMO_COUNT = 1_000_000;

const USAGE = '[--data DIR] [--no-demo] [--demo-count N] [--port PORT] [--hub local|URL | --no-hub]';

/** A command line we cannot act on; the message says what is wrong. */
class UsageError extends Error {}

const OPTIONS = {
  data: { type: 'string' },
  'no-demo': { type: 'boolean' },
  'demo-count': { type: 'string' },
  port: { type: 'string' },
  hub: { type: 'string' },
  'no-hub': { type: 'boolean' },
} as const;

function integerFlag(name: string, raw: string | boolean | undefined, min: number, max: number) {
  if (raw === undefined) return undefined;
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} needs a whole number from ${min} to ${max}`);
  }
  return value;
}

function hubFlag(raw: string | boolean | undefined, off: boolean, fallback: 'local' | 'none'): HubChoice {
  if (raw !== undefined && off) throw new UsageError('--hub and --no-hub cannot be used together');
  if (off) return { kind: 'none' };
  if (raw === undefined) return { kind: fallback };
  if (raw === 'local') return { kind: 'local' };
  const url = typeof raw === 'string' && URL.canParse(raw) ? new URL(raw) : null;
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UsageError('--hub needs "local" or the http(s) address of a hub');
  }
  return { kind: 'remote', url: url.href.replace(/\/+$/, '') };
}

/**
 * `strict: false` is for the Electron app, whose argv also carries Chromium's and Playwright's own
 * switches; the web host and the launcher refuse anything they do not know.
 */
export function parseLaunchOptions(
  args: readonly string[],
  { strict, hub = 'none' }: { strict: boolean; hub?: 'local' | 'none' },
): LaunchOptions {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, strict, allowPositionals: !strict }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const dataDir = values.data;
  if (dataDir !== undefined && (typeof dataDir !== 'string' || dataDir.trim() === '')) {
    throw new UsageError('--data needs a folder');
  }
  const count = integerFlag('demo-count', values['demo-count'], 0, MAX_DEMO_COUNT);
  if (values['no-demo'] === true && count !== undefined) {
    throw new UsageError('--no-demo and --demo-count cannot be used together');
  }
  return {
    dataDir,
    demo: values['no-demo'] === true ? false : { count: count ?? DEFAULT_DEMO_COUNT, seed: DEMO_SEED },
    port: integerFlag('port', values.port, 1, 65535) ?? DEFAULT_PORT,
    hub: hubFlag(values.hub, values['no-hub'] === true, hub),
  };
}

/** The flags the Electron app understands, rebuilt from parsed options (the launcher passes them on). */
export function electronFlags(options: LaunchOptions): string[] {
  const data = options.dataDir === undefined ? [] : ['--data', options.dataDir];
  const demo = options.demo === false ? ['--no-demo'] : ['--demo-count', String(options.demo.count)];
  return [...data, ...demo];
}

/** For entry points: a bad command line prints what is wrong and how to call `command`, then exits 2. */
export function launchOptionsOrExit(
  args: readonly string[],
  how: { strict: boolean; command: string; hub?: 'local' | 'none' },
) {
  try {
    return parseLaunchOptions(args, how);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\nUsage: ${how.command} ${USAGE}\n`);
    return process.exit(2);
  }
}
