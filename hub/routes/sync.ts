import type { FastifyInstance } from 'fastify';
import { PullRequest, PushRequest, type PushResponse } from '../../shared/index.ts';
import { sessionOf } from '../auth/tokens.ts';
import { parseOr400, refusal } from '../errors.ts';
import type { HubStore } from '../store/types.ts';
import { judge } from '../sync/judge.ts';
import type { Poke } from '../sync/poke.ts';

/** 500 operations with long responses and evidence links fit; anything bigger is not a desktop's push. */
const PUSH_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Push: the operations in order, in one store transaction, each judged as if alone; a seq gap stops the
 * batch with 409 and the expected number (what came before it is committed, and a resend gets those
 * results from the ledger).
 * Pull: one page from one snapshot, sent as the JSON text the store assembled; a penghubung's page holds
 * only their dinas's items.
 */
export function syncRoutes(app: FastifyInstance, store: HubStore, poke: Poke): void {
  app.post('/api/v1/sync/push', { bodyLimit: PUSH_BODY_BYTES }, async (request) => {
    const pusher = await sessionOf(store, request);
    const { clientId, ops } = parseOr400(PushRequest, request.body);
    const stored = await store.push(clientId, pusher.id, ops, judge);
    if (stored.kind === 'seq_gap') {
      const { clientSeq, expectedSeq } = stored;
      throw refusal(409, 'seq_gap', `Operation ${clientSeq} came before ${expectedSeq}: push from there`, {
        expectedSeq,
      });
    }
    const answer: PushResponse = {
      hubEpoch: store.epoch,
      lastClientSeq: stored.lastClientSeq,
      results: stored.results,
    };
    return answer;
  });

  app.post('/api/v1/sync/pull', async (request, reply) => {
    const puller = await sessionOf(store, request);
    const { clientId, cursor, limit } = parseOr400(PullRequest, request.body);
    // A penghubung's desk holds only their own dinas's items, as the desktop only shows them those.
    const page = await store.pull(
      clientId,
      cursor,
      limit,
      puller.role === 'penghubung' ? puller.dinasId : null,
    );
    return reply.type('application/json; charset=utf-8').send(page.json);
  });

  app.get('/api/v1/sync/events', async (request, reply) => {
    await sessionOf(store, request);
    poke.stream(reply, await store.version());
  });
}
