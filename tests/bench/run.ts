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
  'usage: npm run bench -- [--quick] [--scale N]\n  --quick: 100k complaints only; --scale N: the large size (default 1000000)';
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

function flags(): { scales: number[]; quick: boolean } {
  try {
    const { values } = parseArgs({
      options: { quick: { type: 'boolean' }, scale: { type: 'string' } },
      strict: true,
    });
    const large = values.scale === undefined ? 1_000_000 : Number(values.scale);
    if (!Number.isSafeInteger(large) || large < 1 || large > 10_000_000) {
      throw new Error(`--scale must be an integer from 1 to 10000000, got "${values.scale}"`);
    }
    const quick = values.quick === true;
    return { quick, scales: quick || large === SMALL ? [SMALL] : [SMALL, large] };
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
}

/** One scale in its own temporary directory, removed whatever happens. */
async function runScale(scale: number): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'saring-bench-'));
  try {
    process.stderr.write(`seeding ${scale.toLocaleString('en-US')} demo complaints…\n`);
    const ctx = seedFixture(dir, scale);
    try {
      const results: BenchResult[] = [];
      for (const scenario of SCENARIOS) {
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

const { scales, quick } = flags();
const startedAt = new Date().toISOString();
const results: BenchResult[] = [];
for (const scale of scales) results.push(...(await runScale(scale)));
process.stdout.write(`${formatTable(results)}\n`);

mkdirSync(dirname(RESULTS_FILE), { recursive: true });
const report = {
  startedAt,
  flags: { quick, scales },
  machine: { node: process.version, cpus: cpus().length, loadavg: loadavg() },
  results: results.map((r) => ({ ...r, ratio: ratioOf(r), pass: passes(r.ours, r.target) })),
};
writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
const failed = report.results.filter((r) => r.pass === false).length;
process.stdout.write(
  `\n${failed === 0 ? 'all targets met' : `${failed} target(s) missed`}; written to ${RESULTS_FILE}\n`,
);
