import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { HubError } from '../shared/index.ts';

/** A refusal the handler means: status and HubError body. */
export class HubRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: HubError,
  ) {
    super(body.error.message);
  }
}

export const refusal = (
  status: number,
  code: string,
  message: string,
  extra: Partial<HubError['error']> = {},
) => new HubRefusal(status, { error: { code, message, ...extra } });

/** zod issues as short readable lines ("items.0.text: Too small"). */
export const issuesOf = (error: z.ZodError): string[] =>
  error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));

/** Parses with a shared schema; bad input is a 400 with every issue listed. */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new HubRefusal(400, {
      error: { code: 'invalid_input', message: 'The request is not valid', issues: issuesOf(parsed.error) },
    });
  }
  return parsed.data;
}

/** Fastify's own refusals (bad JSON, too large, wrong content type) keep their status, in our shape. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_RATE_LIMIT_EXCEEDED: 'rate_limited',
};

/**
 * Every non-2xx answer is a HubError, whoever produced it. An unexpected failure rolled its transaction
 * back: it answers 503 so a desktop retries later, and the details stay in the log.
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply: FastifyReply) => {
    if (err instanceof HubRefusal) return reply.status(err.status).send(err.body);
    const status = err.statusCode;
    if (status === undefined || status >= 500) {
      request.log.error({ err }, 'request failed');
      const body: HubError = {
        error: { code: 'unavailable', message: 'The hub could not finish; try again' },
      };
      return reply.status(503).send(body);
    }
    const code = (err.code && FASTIFY_CODES[err.code]) ?? 'bad_request';
    const body: HubError = { error: { code, message: err.message } };
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url}` } }),
  );
}
