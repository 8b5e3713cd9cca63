import { cpus, loadavg } from 'node:os';
import type { DemoComplaint } from '../../../electron/core/demo/generate.ts';
import { shippedLexicon } from '../../../electron/core/flagging/lists.ts';
import { findClusters, flagItem, type Clusters } from '../../../shared/flagging/index.ts';
import type { BenchContext, BenchResult, Scenario } from '../types.ts';
import { qualityRows } from './flagging-quality.ts';

/** Throughput is measured on at most this many demo items, whatever the scale (targets are per 100k). */
const CLUSTER_ITEMS = 100_000;
const SCORED_ITEMS = 30_000;
const SCORING_PASSES = 3;

type Spent = { wallMs: number; cpuMs: number };

function spent(run: () => void): Spent {
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  run();
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * On a shared machine the wall clock measures the neighbours too: when the load is above the number
 * of cores, figures are judged on this process's CPU time (process.cpuUsage), and the row says so.
 */
function judged(s: Spent): { ms: number; by: string } {
  const load = loadavg()[0] ?? 0;
  const cores = cpus().length;
  return load > cores
    ? { ms: s.cpuMs, by: `judged on CPU time (load ${load.toFixed(1)} on ${cores} cores)` }
    : { ms: s.wallMs, by: `judged on wall time (load ${load.toFixed(1)} on ${cores} cores)` };
}

/** The raw floor for scoring: one lower-casing and one regular expression of the banned words. */
function naiveFilter(texts: readonly string[]): void {
  const banned = /\b(?:goblok|bangsat|anjing|tolol|bego|slot|gacor|sebarkan)\b/;
  let hits = 0;
  for (const text of texts) if (banned.test(text.toLowerCase())) hits++;
  if (hits < 0) throw new Error('unreachable');
}

function scoring(ctx: BenchContext): BenchResult {
  const lexicon = shippedLexicon();
  const demo = ctx.demo.slice(0, SCORED_ITEMS);
  const texts = demo.map((d) => d.item.text);
  const run = () =>
    demo.forEach((d) => flagItem({ text: d.item.text, handle: d.item.author.handle }, lexicon));
  run(); // warm-up: the first pass compiles
  // Best of a few passes, CPU and wall each: the neighbours' bursts only ever slow a pass down.
  const passes = Array.from({ length: SCORING_PASSES }, () => spent(run));
  const best = {
    wallMs: Math.min(...passes.map((p) => p.wallMs)),
    cpuMs: Math.min(...passes.map((p) => p.cpuMs)),
  };
  const { ms, by } = judged(best);
  const perSecond = (t: number) => demo.length / (t / 1000);
  const floor = spent(() => naiveFilter(texts));
  return {
    scale: demo.length,
    scenario: 'flagging',
    case: 'score items, one core',
    metric: 'items/s',
    ours: perSecond(ms),
    baseline: perSecond(ms === best.cpuMs ? floor.cpuMs : floor.wallMs),
    target: { op: '>=', value: 20_000 },
    note: `${by}; CPU ${Math.round(perSecond(best.cpuMs)).toLocaleString('en-US')}/s, wall ${Math.round(perSecond(best.wallMs)).toLocaleString('en-US')}/s (best of ${SCORING_PASSES}); baseline: one regex`,
  };
}

/** Pairs of items the groups put together, and how many of them the demo generator made as one. */
function pairQuality(demo: readonly DemoComplaint[], groups: readonly (readonly string[])[]) {
  let found = 0;
  let right = 0;
  for (const members of groups) {
    const truth = members.map((id) => demo[Number(id)]?.clusterId ?? null);
    for (let a = 0; a < truth.length; a++)
      for (let b = a + 1; b < truth.length; b++) {
        found++;
        if (truth[a] !== null && truth[a] === truth[b]) right++;
      }
  }
  const sizes = new Map<string, number>();
  for (const d of demo) if (d.clusterId !== null) sizes.set(d.clusterId, (sizes.get(d.clusterId) ?? 0) + 1);
  const truePairs = [...sizes.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  return { precision: found === 0 ? 0 : right / found, recall: truePairs === 0 ? 0 : right / truePairs };
}

function clustering(ctx: BenchContext): BenchResult[] {
  const demo = ctx.demo.slice(0, CLUSTER_ITEMS);
  const items = demo.map((d, i) => ({
    id: String(i),
    text: d.item.text,
    atMs: Date.parse(d.item.receivedAt),
    kecamatan: d.item.place?.kecamatan,
    kelurahan: d.item.place?.kelurahan,
    author: d.item.author.handle,
  }));
  const lexicon = shippedLexicon();
  let clusters: Clusters = { duplicates: [], campaigns: [] };
  const took = spent(() => {
    clusters = findClusters(items, lexicon);
  });
  const { ms, by } = judged(took);
  // Floor: grouping exact duplicates by lower-cased text, no similarity at all.
  const exact = new Map<string, string[]>();
  const floor = spent(() => {
    for (const item of items) {
      const key = item.text.toLowerCase();
      const group = exact.get(key);
      if (group) group.push(item.id);
      else exact.set(key, [item.id]);
    }
  });
  const pairs = pairQuality(
    demo,
    clusters.duplicates.map((d) => d.members),
  );
  const floorPairs = pairQuality(demo, [...exact.values()]);
  const row = (kase: string, pick: (q: typeof pairs) => number, note: string): BenchResult => ({
    scale: items.length,
    scenario: 'flagging',
    case: kase,
    metric: 'rate',
    ours: pick(pairs),
    baseline: pick(floorPairs),
    target: null,
    note,
  });
  return [
    {
      scale: items.length,
      scenario: 'flagging',
      case: 'cluster duplicates + campaigns',
      metric: 'ms',
      ours: ms,
      baseline: ms === took.cpuMs ? floor.cpuMs : floor.wallMs,
      target: { op: '<', value: 10_000 },
      note: `${by}; one run, CPU ${Math.round(took.cpuMs).toLocaleString('en-US')} ms, wall ${Math.round(took.wallMs).toLocaleString('en-US')} ms; ${clusters.duplicates.length} duplicate clusters, ${clusters.campaigns.length} campaigns; baseline: exact-text grouping`,
    },
    row(
      'duplicate pairs: precision',
      (q) => q.precision,
      'pairs in one cluster that the demo generator made as one (DemoComplaint.clusterId); baseline: exact text',
    ),
    row('duplicate pairs: recall', (q) => q.recall, "the generator's cluster pairs found in one cluster"),
  ];
}

/** Flagging: quality on the labelled sets, scoring throughput, clustering time and pair quality. */
export const flaggingScenario: Scenario = {
  name: 'flagging',
  run: (ctx): BenchResult[] => [...qualityRows(), scoring(ctx), ...clustering(ctx)],
};
