import Fastify, { type FastifyBaseLogger } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { pino } from 'pino';
import { bootstrapAccounts, type FirstStartSecrets } from './auth/bootstrap.ts';
import { installErrorHandlers, refusal } from './errors.ts';
import { shippedMaster } from './master-seed.ts';
import { openApiDocument } from './openapi.ts';
import { healthRoutes } from './routes/health.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { signInRoutes } from './routes/sign-in.ts';
import { syncRoutes } from './routes/sync.ts';
import { openSqliteStore } from './store/sqlite/open.ts';
import { pokeHub } from './sync/poke.ts';

export type HubOptions = {
  port: number;
  host?: string;
  dataDir: string;
  log?: FastifyBaseLogger;
  env?: Record<string, string | undefined>;
  /** Seed the desktop's demo users (same ids and password) into an empty hub. */
  demo?: boolean;
};

export type RunningHub = {
  url: string;
  close(): Promise<void>;
  /** Made on this start and shown nowhere else: the caller prints them once (never into a log). */
  secrets: FirstStartSecrets;
};

/** Headers that carry secrets never reach a log line. */
const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'];

export const defaultLogger = (): FastifyBaseLogger =>
  pino({ level: process.env.SARING_HUB_LOG ?? 'info', redact: { paths: REDACT, censor: '[redacted]' } });

export async function startHub(opts: HubOptions): Promise<RunningHub> {
  const poke = pokeHub();
  const store = openSqliteStore(opts.dataDir, (version) => poke.announce(version));
  try {
    await store.saveMaster(shippedMaster(await store.master()));
    const secrets = await bootstrapAccounts(store, opts.env ?? process.env, opts.demo ?? false);
    const app = Fastify({ loggerInstance: opts.log ?? defaultLogger(), trustProxy: false });
    installErrorHandlers(app);
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_req, ctx) =>
        refusal(429, 'rate_limited', `Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s`),
    });
    healthRoutes(app, store);
    signInRoutes(app, store);
    ingestRoutes(app, store);
    syncRoutes(app, store, poke);
    const document = openApiDocument();
    app.get('/api/v1/openapi.json', (_request, reply) => reply.send(document));
    const url = await app.listen({ port: opts.port, host: opts.host ?? '127.0.0.1' });
    return {
      url,
      secrets,
      close: async () => {
        poke.closeAll();
        await app.close();
        await store.close();
      },
    };
  } catch (err) {
    poke.closeAll();
    await store.close();
    throw err;
  }
}
