import type Database from 'better-sqlite3';
import { applyMany } from '../../../electron/core/complaints/apply-many.ts';
import { strictAssert, type Operation } from '../../../shared/index.ts';
import { timeOnce } from '../timing.ts';
import type { BenchResult, Scenario } from '../types.ts';

const ITEMS = 10_000;
/** What the renderer sends per call (see renderer/src/bulk/). */
const CHUNK = 200;
const WHO = { actor: 'bench', device: 'bench' };
const VERIFY: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
};
const DISPOSE: Operation = { name: 'dispose', args: { dinasId: 'pupr' } };

/**
 * The newest ITEMS complaints put back on the desk as new. Set-up only: it writes the columns directly
 * (like the demo desk history), so the timed part starts from a known state whatever the desk's history left.
 */
function freshItems(db: Database.Database): string[] {
  const ids = db
    .prepare<[number], string>('SELECT id FROM complaint ORDER BY seq DESC LIMIT ?')
    .pluck()
    .all(ITEMS);
  strictAssert(ids.length === ITEMS, `the bench database holds at least ${ITEMS} complaints`);
  const reset = db.prepare(
    `UPDATE complaint SET status = 'baru', verdict = 'belum', reject_reason = NULL, type = NULL,
       category_id = NULL, dinas_id = NULL, master_id = NULL WHERE id = ?`,
  );
  db.transaction(() => ids.forEach((id) => reset.run(id)))();
  return ids;
}

/** Through the core path the UI uses: applyMany, one call (transaction) per chunk of CHUNK ids. */
function bulkMs(db: Database.Database, ids: readonly string[], op: Operation): number {
  return timeOnce(() => {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const { results } = applyMany(db, WHO, ids.slice(i, i + CHUNK), op);
      strictAssert(
        results.every((r) => r.ok),
        `every ${op.name} is applied`,
      );
    }
  });
}

/** The floor: the same number of plain single-row UPDATEs, prepared once, in one transaction. */
function plainUpdatesMs(db: Database.Database, ids: readonly string[]): number {
  const update = db.prepare('UPDATE complaint SET status = ?, updated_at = ? WHERE id = ?');
  const at = new Date().toISOString();
  return timeOnce(() =>
    db.transaction(() => {
      for (const status of ['terverifikasi', 'didisposisikan'])
        for (const id of ids) update.run(status, at, id);
    })(),
  );
}

/** Bulk verify then dispose of 10,000 items (20,000 operations) in chunks, against plain UPDATEs. */
export const bulkScenario: Scenario = {
  name: 'bulk',
  run({ db, scale }): BenchResult[] {
    const ids = freshItems(db);
    const verifyMs = bulkMs(db, ids, VERIFY);
    const disposeMs = bulkMs(db, ids, DISPOSE);
    const perSecond = (ms: number) => (2 * ITEMS) / (ms / 1000);
    const baseline = perSecond(plainUpdatesMs(db, ids));
    return [
      {
        scale,
        scenario: 'bulk',
        case: `verify + dispose ${ITEMS.toLocaleString('en-US')}, chunks of ${CHUNK}`,
        metric: 'ops/s',
        ours: perSecond(verifyMs + disposeMs),
        baseline,
        target: { op: '>=', value: 5_000 },
        note: `verify ${Math.round(ITEMS / (verifyMs / 1000))}/s, dispose ${Math.round(ITEMS / (disposeMs / 1000))}/s`,
      },
    ];
  },
};
