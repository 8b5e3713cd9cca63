import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '../../electron/core/auth/demo-users.ts';
import type { IngestItem, Operation, SyncedComplaint } from '../../shared/index.ts';

/*
 * The sync spec's own pair of servers (started by playwright.config.ts beside the demo web host): a real
 * hub and a fresh desk (demo people, no complaints) that the spec connects to it. Ports sit well away from
 * the main host's, so runs with another SARING_E2E_PORT do not collide.
 */
const BASE = Number(process.env.SARING_E2E_PORT ?? 5181);
export const SYNC_DESK_PORT = BASE + 500;
export const SYNC_HUB_PORT = BASE + 501;
export const SYNC_DESK_URL = `http://127.0.0.1:${SYNC_DESK_PORT}`;
export const SYNC_HUB_URL = `http://127.0.0.1:${SYNC_HUB_PORT}`;
export const SYNC_INGEST_KEY = 'e2e-ingest-key-for-the-sync-spec';

/** Complaints arrive at the hub the way a channel connector delivers them. */
export async function ingest(request: APIRequestContext, items: IngestItem[]): Promise<void> {
  const res = await request.post(`${SYNC_HUB_URL}/api/v1/ingest`, {
    headers: { authorization: `Bearer ${SYNC_INGEST_KEY}` },
    data: { items },
  });
  expect(res.status()).toBe(200);
}

/**
 * A second desktop that speaks the hub's sync API directly: it signs in as a hub person, pulls what the
 * hub has, and pushes operations with the read set it saw.
 */
export async function secondDesk(request: APIRequestContext, username: string) {
  const signIn = await request.post(`${SYNC_HUB_URL}/api/v1/auth/sign-in`, {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(signIn.status()).toBe(200);
  const { token } = (await signIn.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}` };
  const clientId = randomUUID();
  let clientSeq = 0;
  return {
    async pull(): Promise<SyncedComplaint[]> {
      const res = await request.post(`${SYNC_HUB_URL}/api/v1/sync/pull`, {
        headers,
        data: { clientId, cursor: 0, limit: 1000 },
      });
      expect(res.status()).toBe(200);
      return ((await res.json()) as { complaints: SyncedComplaint[] }).complaints;
    },
    async push(seen: SyncedComplaint, operation: Operation): Promise<string> {
      clientSeq += 1;
      const op = {
        opId: randomUUID(),
        clientSeq,
        complaintId: seen.id,
        operation,
        readSet: seen.versions,
        actor: username,
        device: 'e2e-second-desk',
        at: new Date().toISOString(),
      };
      const res = await request.post(`${SYNC_HUB_URL}/api/v1/sync/push`, {
        headers,
        data: { clientId, ops: [op] },
      });
      expect(res.status()).toBe(200);
      const { results } = (await res.json()) as { results: { outcome: string }[] };
      return results[0]?.outcome ?? 'none';
    },
  };
}
