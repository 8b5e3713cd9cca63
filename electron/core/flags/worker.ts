/*
 * The flag worker thread: its own connection to the desk's database, one job at a time. Scoring goes
 * chunk by chunk with the queue re-entered between chunks, so a request for clusters or a retrain is
 * answered within one chunk even while thousands of items wait. A job that throws is reported and the
 * worker goes on: scoring never blocks work.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { missingCase } from '../../../shared/assert.ts';
import { flagJobs } from './work.ts';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('flags/worker.ts runs as a worker thread');
const { file, pollMs } = workerData as WorkerData;

const db = new Database(file, { timeout: 5_000 });
// Scores are derived data (rebuilt if lost), so this connection skips the desk's FULL sync.
db.pragma('synchronous = NORMAL');
const jobs = flagJobs(db);
const queue: { name: string; id: number | null; run: () => void }[] = [];
let scoring = false;
let pumping = false;

const post = (message: FromWorker) => port.postMessage(message);

function pump(): void {
  const job = queue.shift();
  if (job === undefined) {
    pumping = false;
    return;
  }
  try {
    job.run();
  } catch (error) {
    post({ kind: 'failed', id: job.id, job: job.name, error: String(error).slice(0, 1_000) });
  }
  setImmediate(pump);
}

function enqueue(name: string, id: number | null, run: () => void): void {
  queue.push({ name, id, run });
  if (!pumping) {
    pumping = true;
    setImmediate(pump);
  }
}

/** One chunk, then the next one behind whatever was asked meanwhile; a retrain when the backlog is empty. */
function scoreNext(): void {
  const chunk = jobs.scoreNext();
  if (chunk.items > 0) {
    post({ kind: 'chunk', chunk });
    enqueue('score', null, scoreNext);
    return;
  }
  scoring = false;
  // A new model scores the open items again (the backlog's second half).
  if (jobs.trainIfDue() !== null) startScoring();
}

function startScoring(): void {
  if (scoring) return;
  scoring = true;
  enqueue('score', null, scoreNext);
}

port.on('message', (message: ToWorker) => {
  switch (message.kind) {
    case 'nudge':
      return startScoring();
    case 'train':
      return enqueue('train', message.id, () => {
        post({ kind: 'trained', id: message.id, version: jobs.train() });
        startScoring();
      });
    case 'clusters':
      return enqueue('clusters', message.id, () =>
        post({ kind: 'clusters', id: message.id, clusters: jobs.clusters() }),
      );
    case 'stop':
      clearInterval(poll);
      queue.length = 0;
      db.close();
      return port.close();
    default:
      return missingCase(message);
  }
});

// Items also arrive by sync pull, and verdicts by every moderator: look for work now and then.
const poll = setInterval(startScoring, pollMs);
startScoring();
