import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../electron/core/api/dispatch.ts';
import { applyToComplaint } from '../../../electron/core/complaints/apply.ts';
import type { Operation } from '../../../shared/index.ts';
import { item, seeded, tempDb } from './helpers.ts';

const WHO = { actor: 'rina', device: 'desk-1' };
const VERIFY: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
};

// Another connection writing in a loop, as the flagging worker does while it scores the backlog.
const FLAG_WRITER = `
const Database = require('better-sqlite3');
const { workerData, parentPort } = require('node:worker_threads');
const db = new Database(workerData.file, { timeout: 5000 });
const put = db.prepare("INSERT OR REPLACE INTO complaint_flag (seq, abuse, unfair_attack, hoax, spam, risk, suggested, " +
  "scorer, scored_at) VALUES (?, 0.1, 0.1, 0.1, 0.1, 0.1, 'valid', 'test', 'now')");
const seqs = db.prepare('SELECT seq FROM complaint LIMIT 20').pluck().all();
const write = db.transaction(() => { for (const s of seqs) put.run(s); });
parentPort.postMessage('writing');
let commits = 0;
while (!Atomics.load(workerData.stop, 0)) { write(); commits += 1; }
db.close();
parentPort.postMessage(commits);
`;

describe('a moderator’s action beside another writer on the same database', () => {
  it('waits for the write lock instead of failing when the other commits between its read and its write', async () => {
    const db = seeded(Array.from({ length: 300 }, (_, i) => item(i)));
    const ids = db.prepare<[], string>('SELECT id FROM complaint ORDER BY seq').pluck().all();
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(FLAG_WRITER, { eval: true, workerData: { file: db.name, stop } });
    try {
      expect((await once(worker, 'message'))[0]).toBe('writing');
      for (const id of ids) expect(applyToComplaint(db, WHO, id, VERIFY).status).toBe('terverifikasi');
    } finally {
      Atomics.store(stop, 0, 1);
    }
    const [commits] = (await once(worker, 'message')) as [number];
    expect(commits).toBeGreaterThan(0);
  });

  it('answers busy, with nothing written, when the other holds the lock past the wait', async () => {
    const { db, file } = tempDb();
    db.pragma('busy_timeout = 50');
    const other = new Database(file);
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const write = () =>
        db.transaction(() => db.prepare('UPDATE case_counter SET last = 1').run()).immediate();
      const handlers = new Proxy({}, { get: () => write }) as Handlers;
      const log = { error: () => undefined };
      const desk = { handlers, sessionUser: () => null, device: 'd', log };
      const result = await dispatch(desk, 'app.info', {}, null);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'busy',
          message: 'The database is busy with another writer; nothing was saved. Try again.',
        },
      });
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
  });
});
