import { describe, expect, it } from 'vitest';
import { listComplaints } from '../../../electron/core/complaints/list.ts';
import { getComplaint } from '../../../electron/core/complaints/get.ts';
import { backlogSize, scoreChunk } from '../../../electron/core/flags/backlog.ts';
import { recordFeedback } from '../../../electron/core/flags/feedback.ts';
import { currentLists, saveLists } from '../../../electron/core/flags/lists-store.ts';
import { scorerCache } from '../../../electron/core/flags/scorer.ts';
import { readFlagDetail } from '../../../electron/core/flags/store.ts';
import { idOf, item, seeded } from '../core/helpers.ts';
import { TINY_LISTS } from './tiny-lists.ts';

const ABUSIVE = 'dasar admin goblok bangsat, kerja ga becus';
const GRIEVANCE = 'Sampah menumpuk di Jl. Mitra Batik sudah 3 hari, bau busuk, mohon diangkut';
const LIST = { sort: { by: 'receivedAt', dir: 'desc' }, offset: 0, limit: 50 } as const;

function desk() {
  const db = seeded([item(1, { text: ABUSIVE }), item(2, { text: GRIEVANCE }), item(3)]);
  const scorer = scorerCache();
  return { db, score: () => scoreChunk(db, scorer(db)) };
}

describe('scores stored beside the complaints', () => {
  it('scores the backlog newest first in chunks, then reports it empty', () => {
    const { db, score } = desk();
    expect(listComplaints(db, { ...LIST, filters: {} }).rows.every((r) => r.flag === null)).toBe(true);
    expect(scoreChunk(db, scorerCache()(db), 2).items).toBe(2);
    expect(score().items).toBe(1);
    expect(score().items).toBe(0);
    expect(backlogSize(db, scorerCache()(db).id)).toBe(0);
  });

  it('shows the flags on list rows and the reasons, with offsets, in the detail', () => {
    const { db, score } = desk();
    score();
    const rows = listComplaints(db, { ...LIST, filters: {} }).rows;
    const abusive = rows.find((r) => r.text === ABUSIVE);
    expect(abusive?.flag?.scores.abuse).toBeGreaterThanOrEqual(0.5);
    expect(rows.find((r) => r.text === GRIEVANCE)?.flag?.suggested).toBe('valid');
    const detail = readFlagDetail(db, idOf(db, 'ig-1'), 'moderator');
    const insult = detail.flag?.reasons.find((r) => r.kind === 'insult' || r.kind === 'aimed_insult');
    expect(insult).toBeDefined();
    expect(ABUSIVE.slice(insult?.start, insult?.end).toLowerCase()).toMatch(/goblok|bangsat/);
    expect(getComplaint(db, idOf(db, 'ig-1'))?.flag?.scores.abuse).toBe(abusive?.flag?.scores.abuse);
  });

  it('filters by a label above a threshold and sorts by the strongest flag', () => {
    const { db, score } = desk();
    score();
    const abuse = listComplaints(db, { ...LIST, filters: { flag: { label: 'abuse', min: 0.5 } } }).rows;
    expect(abuse.map((r) => r.text)).toEqual([ABUSIVE]);
    const sorted = listComplaints(db, { ...LIST, sort: { by: 'flag', dir: 'desc' }, filters: {} }).rows;
    expect(sorted[0]?.text).toBe(ABUSIVE);
  });

  it('keeps a feedback answer per person and label, the latest winning', () => {
    const { db } = desk();
    const id = idOf(db, 'ig-1');
    recordFeedback(db, { complaintId: id, label: 'abuse', agree: true }, 'moderator');
    recordFeedback(db, { complaintId: id, label: 'abuse', agree: false }, 'moderator');
    expect(readFlagDetail(db, id, 'moderator').feedback).toEqual([{ label: 'abuse', agree: false }]);
    expect(readFlagDetail(db, id, 'supervisor').feedback).toEqual([]);
  });
});

describe('word lists edited by admins', () => {
  it('versions each save, refuses a save over a newer version, and rescoring follows', () => {
    const { db, score } = desk();
    score();
    expect(currentLists(db).version).toBe(0);
    const saved = saveLists(db, { baseVersion: 0, lists: TINY_LISTS }, 'admin');
    expect(saved).toMatchObject({ version: 1, savedBy: 'admin' });
    expect(() => saveLists(db, { baseVersion: 0, lists: TINY_LISTS }, 'admin')).toThrow(/version 1/);
    // The open items scored with the shipped lists are the backlog now, and are scored again.
    expect(backlogSize(db, scorerCache()(db).id)).toBe(3);
    expect(score().items).toBe(3);
    const detail = readFlagDetail(db, idOf(db, 'ig-1'), 'moderator');
    expect(detail.flag?.reasons.filter((r) => r.term === 'goblok')).toEqual([]);
  });
});
