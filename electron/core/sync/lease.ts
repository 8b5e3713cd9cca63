import type Database from 'better-sqlite3';
import { z } from 'zod';
import { readKey, writeKey } from './state.ts';

const Lease = z.object({ owner: z.string(), untilMs: z.number(), pid: z.number().int().optional() });

/**
 * The holder's process is gone (SIGKILL, power cut, crash): its lease is free at once. Without this a desk
 * restarted after a crash did not sync for up to ttlMs (60 s), found by the torture run. A pid in use by
 * someone else (or another user's process: EPERM) still counts as alive, which only means waiting as before.
 */
function holderGone(pid: number | undefined): boolean {
  if (pid === undefined || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return err instanceof Error && 'code' in err && err.code === 'ESRCH';
  }
}

/**
 * One sync runner per desktop: two windows or processes on the same database take turns through a lease
 * row. It expires by itself, and at once when the holder's process is gone. Taking it is
 * one IMMEDIATE transaction: two runners never both see it free.
 */
export function takeLease(db: Database.Database, owner: string, nowMs: number, ttlMs: number): boolean {
  return db
    .transaction(() => {
      const raw = readKey(db, 'runner_lease');
      const held = raw === null ? null : Lease.safeParse(JSON.parse(raw));
      const lease = held?.success ? held.data : null;
      if (lease !== null && lease.owner !== owner && lease.untilMs > nowMs && !holderGone(lease.pid))
        return false;
      writeKey(db, 'runner_lease', JSON.stringify({ owner, untilMs: nowMs + ttlMs, pid: process.pid }));
      return true;
    })
    .immediate();
}

export function releaseLease(db: Database.Database, owner: string): void {
  db.transaction(() => {
    const raw = readKey(db, 'runner_lease');
    const held = raw === null ? null : Lease.safeParse(JSON.parse(raw));
    if (held?.success && held.data.owner === owner) writeKey(db, 'runner_lease', null);
  }).immediate();
}
