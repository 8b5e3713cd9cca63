import type { FastifyInstance } from 'fastify';
import {
  INGEST_LIMITS,
  IngestRequest,
  strictAssert,
  type IngestItemResult,
  type IngestResponse,
} from '../../shared/index.ts';
import { requireIngestKey } from '../auth/tokens.ts';
import { parseOr400, refusal } from '../errors.ts';
import { checkItems, kecamatanLookup } from '../ingest/check.ts';
import type { HubStore } from '../store/types.ts';

/**
 * Channel connectors deliver complaints here, idempotent on (channel, externalId). Fastify refuses a body
 * over 1 MB from its Content-Length, or as soon as a chunked body passes it, without buffering the rest.
 */
export function ingestRoutes(app: FastifyInstance, store: HubStore): void {
  app.post('/api/v1/ingest', { bodyLimit: INGEST_LIMITS.bodyBytes }, async (request) => {
    await requireIngestKey(store, request);
    const body = request.body as { items?: unknown } | null;
    if (Array.isArray(body?.items) && body.items.length > INGEST_LIMITS.items) {
      throw refusal(
        413,
        'too_many_items',
        `At most ${INGEST_LIMITS.items} items per request; send the rest in another`,
      );
    }
    const { items } = parseOr400(IngestRequest, request.body);
    const master = await store.master();
    strictAssert(master, 'master data is seeded when the hub starts');
    const { drafts, invalid } = checkItems(items, kecamatanLookup(master.data));
    const stored = drafts.length > 0 ? await store.ingest(drafts.map((d) => d.draft)) : [];
    const results: IngestItemResult[] = [...invalid];
    drafts.forEach((d, i) => {
      const s = stored[i];
      if (s) results.push({ index: d.index, ...s });
    });
    const answer: IngestResponse = { results: results.sort((a, b) => a.index - b.index) };
    return answer;
  });
}
