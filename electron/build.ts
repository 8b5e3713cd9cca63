import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist-electron');

const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // electron is provided at run time; better-sqlite3 is a native module rebuilt for Electron's ABI.
  external: ['electron', 'better-sqlite3'],
} satisfies BuildOptions;

/**
 * Bundles the Electron main process, the preload and the flag worker thread into dist-electron/. All are
 * CommonJS: a sandboxed preload cannot be an ES module, and package.json "main" names main.cjs.
 */
await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'main', 'main.ts')],
    outfile: path.join(outdir, 'main.cjs'),
    platform: 'node',
    target: 'node22',
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'core', 'flags', 'worker.ts')],
    outfile: path.join(outdir, 'flag-worker.cjs'),
    platform: 'node',
    target: 'node22',
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'main', 'preload.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
    // Sandboxed preloads run in a browser-like context: a Node builtin sneaking in fails the build here.
    platform: 'browser',
    target: 'chrome140',
  }),
]);
process.stdout.write(`Electron main, preload and flag worker bundled into ${path.relative(root, outdir)}/\n`);
