import type { FastifyInstance } from 'fastify';
import { PullRequest, PushRequest, type OpResult, type PushResponse } from '../../shared/index.ts';
import { sessionOf } from '../auth/tokens.ts';
import { parseOr400, refusal } from '../errors.ts';
import type { HubStore } from '../store/types.ts';
import { judge } from '../sync/judge.ts';
import type { Poke } from '../sync/poke.ts';

/** 500 operations with long responses and evidence links fit; anything bigger is not a desktop's push. */
const PUSH_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Push: each operation in its own transaction, in order; a seq gap stops the batch with 409 and the
 * expected number (what came before it is committed, and a resend gets those results from the ledger).
 * Pull: one page from one snapshot, sent as the JSON text the store assembled.
 */
export function syncRoutes(app: FastifyInstance, store: HubStore, poke: Poke): void {
  app.post('/api/v1/sync/push', { bodyLimit: PUSH_BODY_BYTES }, async (request) => {
    const pusher = await sessionOf(store, request);
    const { clientId, ops } = parseOr400(PushRequest, request.body);
    const results: OpResult[] = [];
    let lastClientSeq = await store.lastClientSeq(clientId);
    for (const op of ops) {
      const stored = await store.push(clientId, pusher.id, op, judge);
      if (stored.kind === 'seq_gap') {
        throw refusal(
          409,
          'seq_gap',
          `Operation ${op.clientSeq} came before ${stored.expectedSeq}: push from there`,
          {
            expectedSeq: stored.expectedSeq,
          },
        );
      }
      lastClientSeq = Math.max(lastClientSeq, stored.lastClientSeq);
      results.push({ opId: op.opId, clientSeq: op.clientSeq, ...stored.outcome });
    }
    const answer: PushResponse = { hubEpoch: store.epoch, lastClientSeq, results };
    return answer;
  });

  app.post('/api/v1/sync/pull', async (request, reply) => {
    await sessionOf(store, request);
    const { clientId, cursor, limit } = parseOr400(PullRequest, request.body);
    const page = await store.pull(clientId, cursor, limit);
    return reply.type('application/json; charset=utf-8').send(page.json);
  });

  app.get('/api/v1/sync/events', async (request, reply) => {
    await sessionOf(store, request);
    poke.stream(reply, await store.version());
  });
}
