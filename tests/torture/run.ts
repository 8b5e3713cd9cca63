import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { torture } from './torture.ts';

/*
 * `npm run torture -- [--rounds 50] [--seed N] [--desks 2] [--keep]`: the sync fault-injection proof. A real
 * hub and real desktop processes; every round SIGKILLs the hub and/or a desk, at a random moment or while a
 * push or pull is in flight, and restarts them. Then faults stop, everything syncs, and the databases are
 * checked: every operation answered exactly once, every desk equal to the hub, audit chains intact.
 * Deterministic from --seed except for timing. Exit code 1 on any violation (the seed is printed to replay).
 */
const USAGE = 'usage: npm run torture -- [--rounds N] [--seed N] [--desks N] [--keep]';

function flags(): { rounds: number; seed: number; desks: number; keep: boolean } {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '50' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      desks: { type: 'string', default: '2' },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const number = (name: string, raw: string, max: number): number => {
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < 1 || n > max)
      throw new Error(`--${name} must be 1..${max}, got "${raw}"`);
    return n;
  };
  return {
    rounds: number('rounds', values.rounds, 10_000),
    seed: number('seed', values.seed, 2 ** 31),
    desks: number('desks', values.desks, 8),
    keep: values.keep,
  };
}

let options: ReturnType<typeof flags>;
try {
  options = flags();
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'saring-torture-'));
const say = (line: string) => process.stdout.write(`${line}\n`);
say(`torture: seed ${options.seed}, ${options.rounds} rounds, ${options.desks} desks, data in ${dir}`);
try {
  const result = await torture({ ...options, dir, log: say });
  const kills = Object.entries(result.kills)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  say(`kills: ${kills}; ${result.inFlight} caught a request in flight`);
  say(`${result.ops} operations committed on the desks; ${Math.round(result.ms / 1000)} s`);
  if (result.violations.length > 0) {
    for (const v of result.violations) say(`VIOLATION ${v}`);
    say(
      `FAIL: ${result.violations.length} violations; replay with --seed ${options.seed} (data kept in ${dir})`,
    );
    process.exitCode = 1;
  } else {
    say(`PASS: every operation answered exactly once; every desk equals the hub (seed ${options.seed})`);
  }
} catch (err) {
  say(`ERROR ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  say(`replay with --seed ${options.seed} (data kept in ${dir})`);
  process.exitCode = 1;
}
if (process.exitCode !== 1 && !options.keep) rmSync(dir, { recursive: true, force: true });
