import type Database from 'better-sqlite3';
import type { SyncConnectInput } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import { appendAuditEvent } from '../audit/append.ts';
import { hashPassword } from '../auth/password.ts';
import type { Actor } from '../complaints/apply.ts';
import { prepared } from '../db/statements.ts';
import { hubClient } from './client.ts';
import { asSyncFailure } from './failure.ts';
import { upsertHubUser } from './master.ts';
import { readKey, writeKey } from './state.ts';

/**
 * Connects this desk to a hub as one of the hub's people: the hub checks the password and gives a token
 * that every later sync call carries. The person's scrypt hash is kept so they can sign in here offline.
 * A desk holding complaints no hub has seen (demo data, say) is refused: their case numbers and ids
 * would collide with the hub's.
 */
export async function connectHub(
  db: Database.Database,
  who: Actor,
  input: SyncConnectInput,
  fetchImpl?: typeof fetch,
): Promise<void> {
  const neverConnected = readKey(db, 'hub_url') === null;
  const localOnly =
    prepared<[], number>(
      db,
      'SELECT 1 FROM complaint c WHERE NOT EXISTS (SELECT 1 FROM complaint_base b WHERE b.complaint_id = c.id) LIMIT 1',
    )
      .pluck()
      .get() !== undefined;
  if (neverConnected && localOnly) {
    throw new CoreError(
      'invalid_operation',
      'This desk holds complaints that did not come from a hub (demo data?): connect a fresh desk',
    );
  }
  const client = hubClient({ url: input.hubUrl, token: null, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  let signedIn;
  try {
    signedIn = await client.signIn({ username: input.username, password: input.password });
  } catch (err) {
    const failure = asSyncFailure(err);
    // Not 'unauthorized': that would end the local session of the admin who is connecting.
    throw new CoreError(
      'invalid_operation',
      failure.kind === 'sign_in'
        ? 'The hub refused this username or password'
        : `The hub cannot be reached: ${failure.message}`,
    );
  }
  const hash = await hashPassword(input.password);
  const url = input.hubUrl.replace(/\/+$/, '');
  const at = new Date().toISOString();
  // A penghubung's pulls bring only their dinas's items: the cursor counts what that scope has seen.
  const scope = signedIn.user.role === 'penghubung' ? `dinas:${signedIn.user.dinasId}` : 'all';
  db.transaction(() => {
    if (readKey(db, 'hub_url') !== url) {
      // Another hub: its versions mean nothing here. The outbox stays; the hub's seq answer sorts it out.
      writeKey(db, 'cursor', '0');
      writeKey(db, 'hub_epoch', null);
      writeKey(db, 'hub_last_client_seq', null);
    } else if (readKey(db, 'hub_scope') !== scope) {
      // Another scope (a supervisor after a penghubung): pull again from the start, skipping nothing.
      writeKey(db, 'cursor', '0');
    }
    writeKey(db, 'hub_scope', scope);
    writeKey(db, 'hub_url', url);
    writeKey(db, 'hub_token', signedIn.token);
    writeKey(db, 'hub_user', signedIn.user.username);
    upsertHubUser(db, signedIn.user, at, hash);
    appendAuditEvent(db, {
      entityType: 'hub',
      entityId: url,
      at,
      ...who,
      operation: 'sync.connect',
      before: {},
      after: { hubUrl: url, hubUser: signedIn.user.username },
      note: null,
    });
  }).immediate();
}
