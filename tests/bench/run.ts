import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seedFixture } from './fixture.ts';
import { formatTable, ratioOf } from './report.ts';
import { bulkScenario } from './scenarios/bulk.ts';
import { flaggingScenario } from './scenarios/flagging.ts';
import { ftsScenario } from './scenarios/fts.ts';
import { pageScenario } from './scenarios/page.ts';
import { reportsScenario } from './scenarios/reports.ts';
import { seedScenario } from './scenarios/seed.ts';
import { syncScenario } from './scenarios/sync.ts';
import { passes, type BenchResult, type Scenario } from './types.ts';

const USAGE =
  'usage: npm run bench -- [--quick] [--scale N] [--only NAME[,NAME]]\n  --quick: 100k complaints only; --scale N: the large size (default 1000000)\n  --only: run only the named scenarios (seed, page, fts, reports, bulk, flagging, sync)';
const SMALL = 100_000;
// bulk last: it changes 10,000 complaints, which the read scenarios must not see.
const SCENARIOS: readonly Scenario[] = [
  seedScenario,
  pageScenario,
  ftsScenario,
  reportsScenario,
  bulkScenario,
  flaggingScenario,
  syncScenario,
];
const RESULTS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json');

function flags(): { scales: number[]; quick: boolean; only: readonly Scenario[] } {
  try {
    const { values } = parseArgs({
      options: { quick: { type: 'boolean' }, scale: { type: 'string' }, only: { type: 'string' } },
      strict: true,
    });
    const names = values.only === undefined ? null : values.only.split(',').map((n) => n.trim());
    const unknown = names?.filter((n) => !SCENARIOS.some((s) => s.name === n)) ?? [];
    if (unknown.length > 0) throw new Error(`--only names no scenario: ${unknown.join(', ')}`);
    const only = names === null ? SCENARIOS : SCENARIOS.filter((s) => names.includes(s.name));
    const large = values.scale === undefined ? 1_000_000 : Number(values.scale);
    if (!Number.isSafeInteger(large) || large < 1 || large > 10_000_000) {
      throw new Error(`--scale must be an integer from 1 to 10000000, got "${values.scale}"`);
    }
    const quick = values.quick === true;
    return { quick, only, scales: quick || large === SMALL ? [SMALL] : [SMALL, large] };
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
}

/** One scale in its own temporary directory, removed whatever happens. */
async function runScale(scale: number, scenarios: readonly Scenario[]): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'saring-bench-'));
  try {
    process.stderr.write(`seeding ${scale.toLocaleString('en-US')} demo complaints…\n`);
    const ctx = seedFixture(dir, scale);
    try {
      const results: BenchResult[] = [];
      for (const scenario of scenarios) {
        process.stderr.write(`  ${scenario.name} at ${scale.toLocaleString('en-US')}\n`);
        results.push(...(await scenario.run(ctx)));
      }
      return results;
    } finally {
      ctx.db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { scales, quick, only } = flags();
const startedAt = new Date().toISOString();
const results: BenchResult[] = [];
for (const scale of scales) results.push(...(await runScale(scale, only)));
process.stdout.write(`${formatTable(results)}\n`);

mkdirSync(dirname(RESULTS_FILE), { recursive: true });
const report = {
  startedAt,
  flags: { quick, scales, only: only.map((s) => s.name) },
  machine: { node: process.version, cpus: cpus().length, loadavg: loadavg() },
  results: results.map((r) => ({ ...r, ratio: ratioOf(r), pass: passes(r.ours, r.target) })),
};
writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
const failed = report.results.filter((r) => r.pass === false).length;
process.stdout.write(
  `\n${failed === 0 ? 'all targets met' : `${failed} target(s) missed`}; written to ${RESULTS_FILE}\n`,
);
