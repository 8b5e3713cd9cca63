import { describe, expect, it } from 'vitest';
import { torture } from '../../torture/torture.ts';
import { tempDir } from '../core/helpers.ts';

/*
 * A few rounds of the sync torture (`npm run torture` runs 50): a real hub and two desktop processes,
 * SIGKILLed at random and mid-request. Most of the time goes into starting processes on a busy machine.
 */
describe('sync under SIGKILL', () => {
  it(
    'answers every operation exactly once and brings every desk to the hub’s state',
    { timeout: 240_000 },
    async () => {
      const seed = Date.now() % 1_000_000;
      const lines: string[] = [];
      const result = await torture({ rounds: 3, seed, desks: 2, dir: tempDir(), log: (l) => lines.push(l) });
      expect(
        result.violations,
        `seed ${seed} (replay: npm run torture -- --rounds 3 --seed ${seed})\n${lines.join('\n')}`,
      ).toEqual([]);
      expect(result.ops).toBeGreaterThan(0);
    },
  );
});
