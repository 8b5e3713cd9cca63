import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is a native module: separate processes keep one test file's handles from another's.
    pool: 'forks',
  },
});
