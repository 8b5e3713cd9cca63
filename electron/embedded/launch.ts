import path from 'node:path';
import pino from 'pino';
import { missingCase } from '../../shared/index.ts';
import type { Logger } from '../core/api/dispatch.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../core/auth/demo-users.ts';
import type { DemoSeed, HubChoice } from '../launch-options.ts';
import { connectDemoDesk } from './desk.ts';
import { seedDemoComplaints, startDemoFeed } from './feed.ts';
import { spawnHub } from './hub-process.ts';
import { localIngestKey } from './ingest-key.ts';

/** The hub's own default port (hub/cli.ts): fixed, so the desk finds its hub at the same address each start. */
export const LOCAL_HUB_PORT = 8787;
export const FEED_EVERY_MS = 5_000;

export type HubRun = {
  stop(): Promise<void>;
  /** What the launcher prints once: where the hub is and how to sign in. */
  banner: string[];
};

export type LocalHubOptions = { port?: number; feedEveryMs?: number; log?: Logger };

/** The hub a launch asked for: none, a city's (the desk connects in Pengaturan), or one started here. */
export async function startChosenHub(
  choice: HubChoice,
  deskDir: string,
  demo: DemoSeed,
  opts: LocalHubOptions = {},
): Promise<HubRun> {
  switch (choice.kind) {
    case 'none':
      return { stop: async () => {}, banner: [] };
    case 'remote':
      return {
        stop: async () => {},
        banner: [
          `Hub: ${choice.url}`,
          'A desk not yet connected: sign in as its admin, then Pengaturan → Hub, with your hub account.',
        ],
      };
    case 'local':
      return startLocalHub(deskDir, demo, opts);
    default:
      return missingCase(choice);
  }
}

/** The folder of the local hub: beside the desk's, so one desk's demo hub never mixes with another's. */
export const localHubDir = (deskDir: string): string => `${path.resolve(deskDir)}-hub`;

/**
 * The embedded default: a hub on loopback with the demo people, the demo set on its first start, a feed
 * that posts a new complaint every few seconds through the hub's ingest API, and this desk connected.
 */
async function startLocalHub(deskDir: string, demo: DemoSeed, opts: LocalHubOptions): Promise<HubRun> {
  const log = opts.log ?? pino({ name: 'saring-local-hub' });
  const hubDir = localHubDir(deskDir);
  const { key, created } = localIngestKey(hubDir);
  const hub = await spawnHub({
    dataDir: hubDir,
    port: opts.port ?? LOCAL_HUB_PORT,
    env: { SARING_INGEST_KEY: key },
    demo: true,
  });
  try {
    const ingest = { hubUrl: hub.url, ingestKey: key };
    if (created && demo !== false) await seedDemoComplaints(ingest, demo);
    await connectDemoDesk(deskDir, hub.url, log);
    const everyMs = opts.feedEveryMs ?? FEED_EVERY_MS;
    const feed =
      demo === false
        ? null
        : startDemoFeed({
            ...ingest,
            everyMs,
            seed: Date.now() % 1_000_000_000,
            onError: (message) => log.error({}, `demo feed: ${message}`),
          });
    const people = DEMO_USERS.map((u) => u.username).join(', ');
    return {
      stop: async () => {
        feed?.stop();
        await hub.stop();
      },
      banner: [
        `Local hub: ${hub.url}  (data: ${hubDir})`,
        feed ? `Demo feed: a new complaint every ${everyMs / 1000} s through the hub's ingest API` : '',
        `Demo sign-in: ${people}; password ${DEMO_PASSWORD}`,
      ].filter((line) => line !== ''),
    };
  } catch (err) {
    await hub.stop();
    throw err;
  }
}
