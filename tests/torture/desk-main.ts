import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { ComplaintRow, ConflictItem, Method, SyncStatus } from '../../shared/index.ts';
import { DEMO_PASSWORD } from '../../electron/core/auth/demo-users.ts';
import { createRandom } from '../../electron/core/demo/random.ts';
import { DATABASE_FILE, openCore } from '../../electron/core/index.ts';
import { TORTURE_USERS, randomOperation, resolution } from './actions.ts';

/*
 * One torture desktop: `node --import tsx tests/torture/desk-main.ts --data DIR --hub URL --name NAME
 * --seed N [--drain]`. It opens the real desktop core with quick sync timings and, until it is killed,
 * makes random operations as the hub's demo people. Its stdout is the harness's view of it, one line each:
 *   ready | op <clientSeq> (committed locally) | > push | < push | > pull | < pull
 * With --drain it makes no operations and only syncs, saying `drain <pending> ok|failing <cursor>` each
 * time, until the harness stops it.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    hub: { type: 'string' },
    name: { type: 'string' },
    seed: { type: 'string', default: '1' },
    drain: { type: 'boolean', default: false },
  },
  strict: true,
});
const { data, hub, name } = values;
if (!data || !hub || !name) throw new Error('--data, --hub and --name are required');

// Pipes are written synchronously on Linux: a line the harness reads was said before any SIGKILL.
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Marks push and pull requests on stdout, so the harness can kill this process while one is in flight. */
const traced: typeof fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  const kind = url.endsWith('/sync/push') ? 'push' : url.endsWith('/sync/pull') ? 'pull' : null;
  if (kind) say(`> ${kind}`);
  const response = await fetch(input, init);
  if (kind) say(`< ${kind}`);
  return response;
};

const core = openCore({
  dataDir: data,
  demo: false,
  device: name,
  log: { error: (_obj, msg) => process.stderr.write(`${msg}\n`) },
  sync: {
    intervalMs: 300,
    debounceMs: 20,
    timeoutMs: 4_000,
    backoff: { baseMs: 50, capMs: 500 },
    pullLimit: 5, // small pages: a pull spans several transactions, and kills land between them
    fetch: traced,
  },
});
// A second, read-only connection: the clientSeq of what this desk just committed.
const reader = new Database(join(data, DATABASE_FILE), { readonly: true });
const lastSeq = () => reader.prepare<[], number>('SELECT max(client_seq) FROM outbox').pluck().get() ?? 0;

async function call<T>(method: Method, input: unknown, session: string | null): Promise<T> {
  const result = await core.call(method, input, session);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/**
 * First start only: a local admin connects the desk once as each demo person (so each can sign in here),
 * the supervisor last (its token syncs). The harness kills no desk before its first `ready`.
 */
async function setUp(): Promise<void> {
  const marker = join(data as string, 'torture-set-up');
  if (existsSync(marker)) return;
  const { session } = await call<{ session: string }>(
    'auth.setup',
    { username: 'setup', displayName: 'Setup', password: 'local-password-1' },
    null,
  );
  for (const { username } of TORTURE_USERS) {
    await call('sync.connect', { hubUrl: hub, username, password: DEMO_PASSWORD }, session);
  }
  writeFileSync(marker, 'ok');
}

async function signInAll(): Promise<Map<string, string>> {
  const sessions = new Map<string, string>();
  for (const { username } of TORTURE_USERS) {
    const signedIn = await call<{ session: string }>(
      'auth.signIn',
      { username, password: DEMO_PASSWORD },
      null,
    );
    sessions.set(username, signedIn.session);
  }
  return sessions;
}

/** One random step as one random person; refusals by the desk itself are normal and not counted. */
async function act(random: ReturnType<typeof createRandom>, sessions: Map<string, string>): Promise<void> {
  const user = random.pick(TORTURE_USERS);
  const session = sessions.get(user.username) ?? null;
  if (user.role === 'supervisor' && random.chance(0.15)) {
    const open = await call<ConflictItem[]>('conflicts.list', { status: 'open' }, session);
    if (open.length > 0) {
      const conflict = random.pick(open);
      await apply(conflict.complaintId, resolution(random, conflict), session);
      return;
    }
  }
  const { rows } = await call<{ rows: ComplaintRow[] }>(
    'complaints.list',
    { filters: {}, sort: { by: 'receivedAt', dir: 'asc' }, offset: 0, limit: 200 },
    session,
  );
  if (rows.length === 0) return;
  const row = random.pick(rows);
  const operation = randomOperation(random, user.role, row, rows);
  if (operation !== null) await apply(row.id, operation, session);
}

async function apply(complaintId: string, operation: unknown, session: string | null): Promise<void> {
  const result = await core.call('complaints.apply', { complaintId, operation }, session);
  if (result.ok) say(`op ${lastSeq()}`);
}

/** No new operations: sync again and again, saying what is pending and how far the pull got. */
async function drain(sessions: Map<string, string>): Promise<never> {
  const session = sessions.get('supervisor') ?? null;
  const cursor = reader.prepare<[], string>("SELECT value FROM sync_state WHERE key = 'cursor'").pluck();
  for (;;) {
    const status = await call<SyncStatus>('sync.now', {}, session);
    say(`drain ${status.pending} ${status.lastError === null ? 'ok' : 'failing'} ${cursor.get() ?? 0}`);
    await sleep(150);
  }
}

await setUp();
const sessions = await signInAll();
say('ready');
if (values.drain) await drain(sessions);
const random = createRandom(Number(values.seed));
for (;;) {
  await act(random, sessions);
  await sleep(20 + random.int(100));
}
