import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { FlagClusters, FlagDetail, FlagModelInfo, FlagStatus } from '../../../shared/index.ts';
import { openCore, type Core } from '../../../electron/core/index.ts';
import { tempDir } from '../core/helpers.ts';
import { demoSession, value } from '../core/sign-in.ts';

const errors: object[] = [];
const log = { error: (obj: object) => void errors.push(obj) };

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const now = await read();
    if (done(now) || Date.now() > end) return now;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const status = (core: Core, session: string) => async () =>
  value<FlagStatus>(await core.call('flags.status', {}, session));

describe('the flag worker in openCore', () => {
  it('scores the demo backlog in the background, learns from the desk and clusters', async () => {
    const core = openCore({ dataDir: path.join(tempDir(), 'data'), demo: { count: 400, seed: 5 }, log });
    try {
      const session = await demoSession(core, 'moderator');
      const admin = await demoSession(core, 'admin');
      // The API answers at once while the worker scores.
      const started = Date.now();
      await core.call(
        'complaints.list',
        { filters: {}, sort: { by: 'receivedAt', dir: 'desc' }, offset: 0, limit: 50 },
        session,
      );
      expect(Date.now() - started).toBeLessThan(1_000);
      const done = await until(status(core, session), (s) => s.backlog === 0 && s.scored + s.failed === 400);
      expect(done).toMatchObject({ backlog: 0, failed: 0, scored: 400 });
      // The demo desk's verdicts are examples: a model is learned and measured on a held-out share.
      const model = await until(
        async () => value<FlagModelInfo>(await core.call('flags.model', {}, admin)),
        (m) => m.model !== null,
      );
      expect(model.model?.heldOut.combined.count).toBeGreaterThan(0);
      expect(model.examples).toBeGreaterThan(300);

      const page = value<{ rows: { id: string; flag?: unknown }[] }>(
        await core.call(
          'complaints.list',
          { filters: {}, sort: { by: 'flag', dir: 'desc' }, offset: 0, limit: 5 },
          session,
        ),
      );
      const top = page.rows[0]?.id ?? '';
      const detail = value<FlagDetail>(
        await core.call('flags.feedback', { complaintId: top, label: 'abuse', agree: false }, session),
      );
      expect(detail.feedback).toEqual([{ label: 'abuse', agree: false }]);

      const clusters = value<FlagClusters>(await core.call('flags.clusters', { refresh: true }, session));
      expect(clusters.items).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      core.close();
    }
  }, 120_000);
});

describe('the bundled flag worker (what the Electron build ships)', () => {
  it('scores the backlog from flag-worker.cjs, where import.meta.url does not exist', async () => {
    const dir = tempDir();
    // Inside the repository, as dist-electron/ is, so the bundle finds better-sqlite3 in node_modules.
    const repo = path.resolve(import.meta.dirname, '../../..');
    const workerFile = path.join(
      repo,
      'node_modules',
      '.cache',
      'saring-test',
      `flag-worker-${process.pid}.cjs`,
    );
    // The same esbuild options as electron/build.ts: CommonJS for Node, better-sqlite3 left external.
    await build({
      entryPoints: [path.join(repo, 'electron', 'core', 'flags', 'worker.ts')],
      outfile: workerFile,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      external: ['electron', 'better-sqlite3'],
      logLevel: 'silent',
    });
    const core = openCore({
      dataDir: path.join(dir, 'data'),
      demo: { count: 100, seed: 3 },
      log,
      flagWorkerFile: workerFile,
    });
    try {
      const session = await demoSession(core, 'moderator');
      const done = await until(status(core, session), (s) => s.scored + s.failed === 100);
      expect(done).toMatchObject({ backlog: 0, failed: 0, scored: 100 });
    } finally {
      core.close();
      rmSync(workerFile, { force: true });
    }
  });
});
