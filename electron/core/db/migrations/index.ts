import { migration001 } from './001_initial.ts';
import type { Migration } from './types.ts';

/** Every migration, in order; the last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [migration001];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
