import { parseArgs } from 'node:util';

export type DemoSeed = false | { count: number; seed: number };

/** What `npm start`, `npm run web` and the Electron app accept on the command line. */
export type LaunchOptions = {
  /** Undefined: the per-user app-data folder. */
  dataDir: string | undefined;
  demo: DemoSeed;
  port: number;
};

export const DEFAULT_PORT = 5180;
/** An empty database is seeded with this many demo complaints unless --no-demo. */
export const DEFAULT_DEMO_COUNT = 5000;
const DEMO_SEED = 1;
const MAX_DEMO_COUNT = 1_000_000;

const USAGE = '[--data DIR] [--no-demo] [--demo-count N] [--port PORT]';

/** A command line we cannot act on; the message says what is wrong. */
class UsageError extends Error {}

const OPTIONS = {
  data: { type: 'string' },
  'no-demo': { type: 'boolean' },
  'demo-count': { type: 'string' },
  port: { type: 'string' },
} as const;

function integerFlag(name: string, raw: string | boolean | undefined, min: number, max: number) {
  if (raw === undefined) return undefined;
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} needs a whole number from ${min} to ${max}`);
  }
  return value;
}

/**
 * `strict: false` is for the Electron app, whose argv also carries Chromium's and Playwright's own
 * switches; the web host and the launcher refuse anything they do not know.
 */
export function parseLaunchOptions(args: readonly string[], { strict }: { strict: boolean }): LaunchOptions {
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
  };
}

/** The flags the Electron app understands, rebuilt from parsed options (the launcher passes them on). */
export function electronFlags(options: LaunchOptions): string[] {
  const data = options.dataDir === undefined ? [] : ['--data', options.dataDir];
  const demo = options.demo === false ? ['--no-demo'] : ['--demo-count', String(options.demo.count)];
  return [...data, ...demo];
}

/** For entry points: a bad command line prints what is wrong and how to call `command`, then exits 2. */
export function launchOptionsOrExit(args: readonly string[], how: { strict: boolean; command: string }) {
  try {
    return parseLaunchOptions(args, how);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\nUsage: ${how.command} ${USAGE}\n`);
    return process.exit(2);
  }
}
