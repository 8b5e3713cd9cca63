import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestItem } from '../../../shared/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'saring-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runDemo = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'electron/core/demo/cli.ts', ...args], {
    encoding: 'utf8',
  });

describe('npm run demo', () => {
  it('writes one {item, truth, clusterId} JSON object per line, to a file or stdout alike', () => {
    const out = join(dir, 'demo.jsonl');
    const flags = ['--seed', '3', '--count', '40', '--now', '2025-06-30T10:00:00+07:00'];
    const toFile = runDemo(...flags, '--out', out);
    expect(toFile.status, toFile.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(40);
    for (const line of lines) {
      const row = JSON.parse(line) as { item: unknown; truth: unknown; clusterId: unknown };
      expect(IngestItem.safeParse(row.item).success).toBe(true);
      expect(typeof row.truth).toBe('string');
      expect(row).toHaveProperty('clusterId');
    }
    expect(runDemo(...flags).stdout).toBe(readFileSync(out, 'utf8'));
  });

  it.each([
    [['--seed', '1'], /--count is required/],
    [['--seed', 'x', '--count', '5'], /--seed must be an integer/],
    [['--seed', '1', '--count=-3'], /--count must be an integer/],
    [['--seed', '1', '--count', '5', '--now', 'yesterday'], /--now is not a date-time/],
    [['--seed', '1', '--count', '5', '--colour'], /Unknown option '--colour'/],
  ])('refuses %j with a clear message and exit code 2', (args, message) => {
    const result = runDemo(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: npm run demo/);
  });
});
