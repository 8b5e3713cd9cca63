import path from 'node:path';
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

/**
 * The ESLint rules that guard the runtimes and the dangerous calls, run on small snippets so a config
 * change cannot switch them off unnoticed. Only the restriction rules run: they need no type information.
 */
const eslint = new ESLint({
  cwd: path.resolve(import.meta.dirname, '../..'),
  ruleFilter: ({ ruleId }) => ruleId.startsWith('no-restricted'),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

it.each([
  ['shared/x.ts', 'export const href = window.location.href;', 'no-restricted-globals'],
  ['shared/x.ts', 'export const env = process.env.HOME;', 'no-restricted-globals'],
  ['shared/x.ts', "export { readFileSync } from 'node:fs';", 'no-restricted-imports'],
  ['renderer/src/inbox/x.ts', "export const r = fetch('/api/app.info');", 'no-restricted-globals'],
  ['renderer/src/inbox/x.ts', 'export const b: unknown = window.saring;', 'no-restricted-syntax'],
  [
    'renderer/src/inbox/x.ts',
    "export { TOKEN_HEADER } from '../../../shared/index.ts';",
    'no-restricted-imports',
  ],
  ['renderer/src/inbox/x.ts', "import '../../../shared/api/bridge.ts';", 'no-restricted-imports'],
  [
    'renderer/src/inbox/x.tsx',
    "export const d = <div dangerouslySetInnerHTML={{ __html: '' }} />;",
    'no-restricted-syntax',
  ],
  [
    'electron/main/x.ts',
    "import { shell } from 'electron';\nvoid shell.openExternal('https://x');",
    'no-restricted-syntax',
  ],
])('%s: `%s` breaks %s', async (file, code, rule) => {
  expect(await rulesBroken(file, code)).toContain(rule);
});

it.each([
  ['renderer/src/api/x.ts', "export const r = fetch('/api/app.info');"],
  ['renderer/src/api/x.ts', "export { TOKEN_HEADER } from '../../../shared/index.ts';"],
  ['renderer/src/inbox/x.ts', "export { API } from '../../../shared/index.ts';"],
  ['electron/core/x.ts', 'export const env = process.env.HOME;'],
])('%s: `%s` is allowed', async (file, code) => {
  expect(await rulesBroken(file, code)).toEqual([]);
});
