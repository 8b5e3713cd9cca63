import { describe, expect, it } from 'vitest';
import { caseNumber } from '../../../electron/core/complaints/case-number.ts';
import { applyPage } from '../../../electron/core/sync/page.ts';
import { tempDb } from '../core/helpers.ts';
import { hubComplaint, page } from './pages.ts';

const numbered = (n: number) => hubComplaint(n, { caseNo: caseNumber(2025, n) });

describe('case numbers from the hub', () => {
  it('never collide with the desk’s own count when a later number arrives first (torture, seed 7)', () => {
    const { db } = tempDb();
    const apply = (...complaints: ReturnType<typeof numbered>[]) =>
      db.transaction(() => applyPage(db, page({ complaints }), Date.now()))();
    apply(numbered(1), numbered(2));
    // #4 was not edited since ingest, #3 was: a page by last change brings #4 first.
    apply(numbered(4));
    apply(numbered(3));
    const numbers = db.prepare('SELECT case_no FROM complaint ORDER BY case_no').pluck().all();
    expect(numbers).toEqual([1, 2, 3, 4].map((n) => caseNumber(2025, n)));
  });
});
