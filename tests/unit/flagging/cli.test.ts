import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'saring-flag-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/core/flagging/cli.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    code: result.status,
    lines: result.stdout.trim().split('\n').filter(Boolean),
    stderr: result.stderr,
  };
}

const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

describe('npm run flag', () => {
  const input = file('input.jsonl', [
    JSON.stringify({ id: 'a', text: 'Dinas PUPR goblok, jalan rusak 3 bulan' }),
    'not json',
    JSON.stringify({ id: 'b' }),
    '',
    JSON.stringify({ id: 'c', text: 'slot gacor maxwin https://example.org/x' }),
  ]);

  it('prints one line per input line, errors with their line numbers, and exits 0', () => {
    const { code, lines } = runCli(['--input', input]);
    expect(code).toBe(0);
    const out = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(Object.keys(out[0] ?? {})).toEqual(['id', 'scores', 'suggested', 'reasons']);
    expect(out[0]).toMatchObject({ id: 'a', suggested: 'valid' });
    expect(out[1]).toMatchObject({ line: 2 });
    expect(out[2]).toMatchObject({ line: 3 });
    expect(String(out[2]?.error)).toMatch(/text/);
    expect(out[3]).toMatchObject({ id: 'c', suggested: 'spam' });
    expect(Object.keys((out[3]?.scores as object) ?? {})).toEqual(['abuse', 'unfair_attack', 'hoax', 'spam']);
  });

  it('trains on --train first, reporting bad training lines on stderr', () => {
    const train = file('train.jsonl', [
      JSON.stringify({ id: 't1', text: 'jalan rusak parah', verdict: 'valid' }),
      JSON.stringify({ id: 't2', text: 'slot gacor', verdict: 'nonsense' }),
      JSON.stringify({ id: 't3', text: 'persib juara', verdict: 'off_topic' }),
    ]);
    const { code, lines, stderr } = runCli(['--input', input, '--train', train]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(4);
    expect(stderr).toMatch(/"line":2/);
  });

  it('exits 2 when a file cannot be read', () => {
    expect(runCli(['--input', join(dir, 'missing.jsonl')]).code).toBe(2);
    expect(runCli(['--input', input, '--train', join(dir, 'missing.jsonl')]).code).toBe(2);
    expect(runCli([]).code).toBe(2);
  });
});
