import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { generateDemoComplaints, MAX_DEMO_COUNT, type DemoOptions } from './generate.ts';

const USAGE = `usage: npm run demo -- --seed N --count N [--now ISO-DATETIME] [--out FILE.jsonl]
  prints one {"item","truth","clusterId","categoryId"} JSON object per line (to FILE or stdout)`;

/** A bad flag: the message and the usage go to stderr, and the exit code is 2. */
class UsageError extends Error {}

function integerFlag(name: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined) throw new UsageError(`--${name} is required`);
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function parseFlags(argv: string[]): DemoOptions & { out: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        seed: { type: 'string' },
        count: { type: 'string' },
        now: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { seed, count, now, out } = parsed.values;
  const nowDate = now === undefined ? undefined : new Date(now);
  if (nowDate && Number.isNaN(nowDate.getTime())) throw new UsageError(`--now is not a date-time: "${now}"`);
  return {
    seed: integerFlag('seed', seed, 0, 0xffff_ffff),
    count: integerFlag('count', count, 0, MAX_DEMO_COUNT),
    ...(nowDate && { now: nowDate }),
    out,
  };
}

/** Writes in chunks and honours back-pressure, so a million lines never sit in memory as one string. */
async function writeJsonl(stream: Writable, rows: readonly unknown[]): Promise<void> {
  const chunk = 2_000;
  for (let start = 0; start < rows.length; start += chunk) {
    const lines = rows.slice(start, start + chunk).map((row) => `${JSON.stringify(row)}\n`);
    if (!stream.write(lines.join(''))) await once(stream, 'drain');
  }
}

async function main(): Promise<void> {
  const { out, ...options } = parseFlags(process.argv.slice(2));
  const rows = generateDemoComplaints(options);
  if (out === undefined) {
    await writeJsonl(process.stdout, rows);
    return;
  }
  const file = createWriteStream(out, { flags: 'w' });
  await writeJsonl(file, rows);
  file.end();
  await once(file, 'finish');
  process.stderr.write(`wrote ${rows.length} demo complaints to ${out}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  // A reader that closes early (`| head`) is not a failure.
  if (error instanceof Error && 'code' in error && error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
