import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO } from './processes.ts';

export type Entries = { hub: string; desk: string };

/**
 * The hub and desk entries bundled once per run: every round restarts processes, and through tsx each start
 * compiled a few hundred files again (6 s of a busy 2-core machine for the desktop core alone; half that
 * bundled). Same sources, same packages: node_modules and resources are linked next to the bundles, so
 * package imports and the hub's `../resources/` path resolve as from the repo.
 */
export async function bundleEntries(dir: string): Promise<Entries> {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const linked of ['node_modules', 'resources'])
    symlinkSync(join(REPO, linked), join(dir, linked), 'dir');
  const entries: Entries = { hub: join(bin, 'hub.mjs'), desk: join(bin, 'desk.mjs') };
  await build({
    entryPoints: { hub: join(REPO, 'hub/cli.ts'), desk: join(REPO, 'tests/torture/desk-main.ts') },
    outdir: bin,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return entries;
}
