import { SignedIn, SyncStatus, type Method } from '../../shared/index.ts';
import type { Logger } from '../core/api/dispatch.ts';
import { DEMO_PASSWORD } from '../core/auth/demo-users.ts';
import { openCore, type Core } from '../core/index.ts';

/**
 * Readies a desk for the local hub before the console opens it: the demo people (no complaints: the
 * hub brings those), and a connection made the way an admin makes it in Pengaturan (sync.connect as the
 * demo admin). A desk already connected to this hub is left as it is; the console's own core syncs.
 */
export async function connectDemoDesk(dataDir: string, hubUrl: string, log: Logger): Promise<void> {
  const core = openCore({ dataDir, demo: { count: 0, seed: 1 }, log });
  try {
    const call = callOn(core);
    const admin = { username: 'admin', password: DEMO_PASSWORD };
    const signedIn = await call('auth.signIn', admin, null).catch(() => {
      throw new Error(
        `the desk in ${dataDir} has no demo admin (it is a real desk): start it with --no-hub or --hub URL`,
      );
    });
    const { session } = SignedIn.parse(signedIn);
    const status = SyncStatus.parse(await call('sync.status', {}, session));
    if (status.hubUrl !== hubUrl) {
      await call('sync.connect', { hubUrl, ...admin }, session);
    }
    await call('auth.signOut', {}, session);
  } finally {
    core.close();
  }
}

/** Core calls that throw the core's own words on refusal. */
const callOn =
  (core: Core) =>
  async (method: Method, input: unknown, session: string | null): Promise<unknown> => {
    const result = await core.call(method, input, session);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
