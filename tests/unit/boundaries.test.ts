import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const configFile = path.join(repo, '.dependency-cruiser.cjs');
const config = createRequire(import.meta.url)(configFile) as { forbidden: { name: string }[] };

/** One file per broken rule (and one allowed import), laid out like the repository. */
const FIXTURE: Record<string, string> = {
  'shared/reaches-out.ts': "import '../electron/core/store.ts';",
  'shared/uses-node.ts': "import 'node:fs';",
  'shared/cycle-a.ts': "import './cycle-b.ts';",
  'shared/cycle-b.ts': "import './cycle-a.ts';",
  'shared/typo.ts': "import './no-such-file.ts';",
  'shared/api/bridge.ts': 'export const BRIDGE = 1;',
  'electron/core/store.ts': "import 'electron';",
  'electron/web/host.ts': "import '../../renderer/src/view.tsx';",
  'electron/main/main.ts': "import '../../tests/helper.ts';",
  'electron/core/sync/client.ts': "import '../../../hub/server.ts';",
  'hub/server.ts': "import '../electron/web/host.ts';",
  'renderer/src/view.tsx': "import '../../electron/web/host.ts';\nimport '../../shared/api/bridge.ts';",
  'renderer/src/api/client.ts': "import '../../../shared/api/bridge.ts';",
  'tests/helper.ts': 'export const helper = 1;',
  // A stand-in for the electron package, so the import resolves the way it does in the repository.
  'node_modules/electron/package.json': '{ "name": "electron", "main": "index.js" }',
  'node_modules/electron/index.js': 'module.exports = "electron";',
  'tsconfig.json':
    '{ "compilerOptions": { "allowImportingTsExtensions": true, "noEmit": true, "jsx": "react-jsx" } }',
};

type Violation = { from: string; to: string; rule: { name: string } };
let violations: Violation[] = [];
let fixture: string;

beforeAll(() => {
  fixture = mkdtempSync(path.join(os.tmpdir(), 'saring-boundaries-'));
  for (const [file, text] of Object.entries(FIXTURE)) {
    mkdirSync(path.dirname(path.join(fixture, file)), { recursive: true });
    writeFileSync(path.join(fixture, file), `${text}\n`);
  }
  const run = spawnSync(
    process.execPath,
    [
      path.join(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      '--config',
      configFile,
      '--output-type',
      'json',
      'shared',
      'electron',
      'renderer',
      'hub',
      'tests',
    ],
    { cwd: fixture, encoding: 'utf8' },
  );
  const report = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  violations = report.summary.violations;
}, 60_000);

afterAll(() => rmSync(fixture, { recursive: true, force: true }));

it('reports every import rule on the fixture, so none can silently go dead', () => {
  const reported = new Set(violations.map((v) => v.rule.name));
  expect([...reported].sort()).toEqual(config.forbidden.map((rule) => rule.name).sort());
});

it.each([
  ['shared-is-pure', 'shared/reaches-out.ts'],
  ['shared-no-node', 'shared/uses-node.ts'],
  ['core-no-electron-or-renderer', 'electron/core/store.ts'],
  ['web-host-no-electron-or-renderer', 'electron/web/host.ts'],
  ['hub-is-its-own-server', 'hub/server.ts'],
  ['core-not-hub', 'electron/core/sync/client.ts'],
  ['renderer-no-backend', 'renderer/src/view.tsx'],
  ['renderer-bridge-only-in-api', 'renderer/src/view.tsx'],
  ['nothing-imports-tests', 'electron/main/main.ts'],
  ['no-circular', 'shared/cycle-a.ts'],
  ['not-to-unresolvable', 'shared/typo.ts'],
])('%s catches %s', (rule, from) => {
  expect(violations.some((v) => v.rule.name === rule && v.from === from)).toBe(true);
});

it('lets renderer/src/api/ use the bridge', () => {
  expect(violations.filter((v) => v.from.startsWith('renderer/src/api/'))).toEqual([]);
});
