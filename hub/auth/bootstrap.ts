import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, DEMO_USERS, demoUserId } from '../../electron/core/auth/demo-users.ts';
import { hashPassword } from '../../electron/core/auth/password.ts';
import { PASSWORD_MIN } from '../../shared/index.ts';
import type { HubStore } from '../store/types.ts';
import { hashSecret, newSecret } from './tokens.ts';

/** Secrets made on this start, for the operator to see once (the CLI prints them; logs never carry them). */
export type FirstStartSecrets = { adminPassword?: string; ingestKey?: string };

/**
 * First start of an empty hub: an admin (password from SARING_ADMIN_PASSWORD, else generated) and an
 * ingest key (SARING_INGEST_KEY, else generated); with demo, the desktop's demo users too.
 */
export async function bootstrapAccounts(
  store: HubStore,
  env: Record<string, string | undefined>,
  demo: boolean,
): Promise<FirstStartSecrets> {
  const secrets: FirstStartSecrets = {};
  if ((await store.userCount()) === 0) {
    if (demo) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      for (const u of DEMO_USERS) {
        await store.saveUser({ ...u, id: demoUserId(u.username), active: true, passwordHash, isDemo: true });
      }
    } else {
      const given = env.SARING_ADMIN_PASSWORD;
      if (given !== undefined && given.length < PASSWORD_MIN) {
        throw new Error(`SARING_ADMIN_PASSWORD must have at least ${PASSWORD_MIN} characters`);
      }
      const password = given ?? newSecret();
      if (given === undefined) secrets.adminPassword = password;
      await store.saveUser({
        id: randomUUID(),
        username: 'admin',
        displayName: 'Admin',
        role: 'admin',
        dinasId: null,
        active: true,
        passwordHash: await hashPassword(password),
        isDemo: false,
      });
    }
  }
  const key = env.SARING_INGEST_KEY;
  if (key !== undefined) {
    if (key.length < 20) throw new Error('SARING_INGEST_KEY must have at least 20 characters');
    await store.addIngestKey(hashSecret(key));
  } else if ((await store.ingestKeyCount()) === 0) {
    secrets.ingestKey = newSecret();
    await store.addIngestKey(hashSecret(secrets.ingestKey));
  }
  return secrets;
}
