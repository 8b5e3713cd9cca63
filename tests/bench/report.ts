import { passes, type BenchResult } from './types.ts';

const figure = (n: number) => (n >= 1000 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n < 10 ? 2 : 1));

/** ours ÷ baseline: for rows/s and ops/s higher is better, for latencies lower is better. */
export const ratioOf = (r: BenchResult) => r.ours / r.baseline;

function verdict(r: BenchResult): string {
  const pass = passes(r.ours, r.target);
  if (pass === null || r.target === null) return '';
  return `${pass ? 'PASS' : 'FAIL'} (${r.target.op} ${figure(r.target.value)})`;
}

/** The results as an aligned text table, one line per figure. */
export function formatTable(results: readonly BenchResult[]): string {
  const header = ['scale', 'scenario', 'case', 'metric', 'ours', 'baseline', 'ratio', 'target', 'note'];
  const rows = results.map((r) => [
    figure(r.scale),
    r.scenario,
    r.case,
    r.metric,
    figure(r.ours),
    figure(r.baseline),
    `${ratioOf(r).toFixed(2)}×`,
    verdict(r),
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
