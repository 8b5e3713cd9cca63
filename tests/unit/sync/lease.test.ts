import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { takeLease } from '../../../electron/core/sync/lease.ts';
import { writeKey } from '../../../electron/core/sync/state.ts';
import { tempDb } from '../core/helpers.ts';

const leaseOf = (pid: number) => JSON.stringify({ owner: 'someone', untilMs: Date.now() + 60_000, pid });

describe('the sync runner lease', () => {
  it('waits for a live holder but takes over at once from a process that died (a crashed desk)', () => {
    const { db } = tempDb();
    // Another runner in this process, and one in a live parent process: both are respected.
    writeKey(db, 'runner_lease', leaseOf(process.pid));
    expect(takeLease(db, 'me', Date.now(), 60_000)).toBe(false);
    writeKey(db, 'runner_lease', leaseOf(process.ppid));
    expect(takeLease(db, 'me', Date.now(), 60_000)).toBe(false);
    // The holder was SIGKILLed: its pid is gone.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeKey(db, 'runner_lease', leaseOf(Number(dead.stdout.toString())));
    expect(takeLease(db, 'me', Date.now(), 60_000)).toBe(true);
  });
});
