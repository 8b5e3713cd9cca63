import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is a native module: separate processes keep one test file's handles from another's.
    pool: 'forks',
    // Some tests start real processes (tsx, eslint, a web host); on a busy 2-core CI machine that alone
    // can take several seconds. Speed is measured by `npm run bench`, never by test time-outs.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
