import { join } from 'node:path';
import { insertComplaints } from '../../electron/core/complaints/insert.ts';
import { openDatabase } from '../../electron/core/db/open.ts';
import { generateDemoComplaints } from '../../electron/core/demo/generate.ts';
import { seedMasterData, shippedMasterData } from '../../electron/core/master/seed.ts';
import { workTheDesk } from '../../electron/core/demo/desk-history.ts';
import { timeOnce } from './timing.ts';
import type { BenchContext } from './types.ts';

/** A fixed clock, so every run measures the same data. */
export const BENCH_NOW = new Date('2025-06-30T10:00:00+07:00');

/** A fresh database in `dir` seeded with `scale` demo complaints the way the app seeds demo data. */
export function seedFixture(dir: string, scale: number): BenchContext {
  const demo = generateDemoComplaints({ seed: 1, count: scale, now: BENCH_NOW });
  const db = openDatabase(join(dir, `bench-${scale}.sqlite`));
  seedMasterData(db, shippedMasterData());
  const items = demo.map((c) => c.item);
  const seedMs = timeOnce(() => insertComplaints(db, items, { isDemo: true }));
  workTheDesk(db, demo);
  return { scale, db, demo, seedMs };
}
