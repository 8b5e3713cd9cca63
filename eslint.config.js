// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Forbidden everywhere (Beekeeper-style): the raw calls that turn a bug into a breach. */
const DANGEROUS_SYNTAX = [
  {
    selector: "MemberExpression[property.name='openExternal']",
    message: 'shell.openExternal opens arbitrary URLs outside the app; it is not allowed in Saring.',
  },
  {
    selector:
      "JSXAttribute[name.name='dangerouslySetInnerHTML'], Property[key.name='dangerouslySetInnerHTML']",
    message: 'dangerouslySetInnerHTML is never allowed: render text, React escapes it.',
  },
];

/** Only renderer/src/api/ talks to the backend: it alone may see the bridge. */
const BRIDGE_SYNTAX = [
  {
    selector: "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name='saring']",
    message: 'Reach the backend through renderer/src/api/ only.',
  },
];

/**
 * Pure code: what a file in shared/ uses must exist in Node, Electron and the browser alike. In TypeScript
 * the compiler resolves globals (tsconfig has DOM and Node types for everyone; no-undef is off), so the
 * boundary is this explicit list rather than ESLint's `globals`.
 */
const HOST_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'process',
  'require',
  'module',
  'Buffer',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
].map((name) => ({
  name,
  message: 'shared/ is pure: no DOM or Node globals. Take the value as a parameter.',
}));

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'renderer/dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...DANGEROUS_SYNTAX],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-syntax': ['error', ...DANGEROUS_SYNTAX] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'shared/ is pure: no Node modules.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // We do not run the React Compiler; this rule only reports libraries it could not optimise.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/api/**', 'renderer/vite.config.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Reach the backend through renderer/src/api/ only.' },
      ],
      'no-restricted-syntax': ['error', ...DANGEROUS_SYNTAX, ...BRIDGE_SYNTAX],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/shared/api/bridge*'], message: 'Only renderer/src/api/ may use the bridge.' },
            {
              group: ['**/shared/index*', '**/shared'],
              importNames: ['BRIDGE_GLOBAL', 'IPC_CHANNEL', 'TOKEN_META', 'TOKEN_HEADER', 'SaringBridge'],
              message: 'Only renderer/src/api/ may use the bridge.',
            },
          ],
        },
      ],
    },
  },
);
