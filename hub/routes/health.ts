import type { FastifyInstance } from 'fastify';
import type { Health } from '../../shared/index.ts';
import type { HubStore } from '../store/types.ts';

/** No auth: load balancers and desktops ask it before signing in. */
export function healthRoutes(app: FastifyInstance, store: HubStore): void {
  app.get('/api/v1/health', async () => {
    const health: Health = {
      ok: true,
      hubEpoch: store.epoch,
      version: await store.version(),
      time: new Date().toISOString(),
    };
    return health;
  });
}
