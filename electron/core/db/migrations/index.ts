import { migration001 } from './001_initial.ts';
import { migration002 } from './002_audit_chain.ts';
import { migration003 } from './003_deadlines.ts';
import { migration004 } from './004_users.ts';
import { migration005 } from './005_desk.ts';
import { migration006 } from './006_sync.ts';
import { migration007 } from './007_reports.ts';
import { migration008 } from './008_flags.ts';
import { migration009 } from './009_batch_report_insert.ts';
import { migration010 } from './010_report_due_days.ts';
import { migration011 } from './011_deferred_indexes.ts';
import type { Migration } from './types.ts';

/** Every migration, in order; the last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
