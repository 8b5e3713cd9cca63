import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyError, type FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { SESSION_HEADER, TOKEN_HEADER, fail, type Result } from '../../shared/index.ts';
import type { Core } from '../core/index.ts';
import { SECURITY_HEADERS } from '../security-headers.ts';
import { refusal } from './guard.ts';
import { indexPageWithToken } from './page.ts';
import { httpStatus } from './status.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export type WebServerOptions = {
  core: Pick<Core, 'call'>;
  token: string;
  /** The port the browser uses; the Host and Origin checks expect it. */
  port: number;
  rendererDir: string;
  log: Logger;
};

function sendEnvelope(reply: FastifyReply, result: Result<unknown>) {
  return reply
    .code(result.ok ? 200 : httpStatus(result.error.code))
    .header('cache-control', 'no-store')
    .send(result);
}

/** Fastify's own errors (body too large, broken JSON, wrong content type) become clear envelopes. */
function clientErrorMessage(error: FastifyError): string {
  if (error.statusCode === 413) return `The request body is larger than ${BODY_LIMIT_BYTES / 1024 / 1024} MB`;
  if (error.statusCode === 415) return 'Send the input as application/json';
  return error.message;
}

/**
 * The web host: the built renderer plus `POST /api/:method` into the core, behind the Host, Origin and
 * token checks. Built without listening so tests can inject requests.
 */
export function buildWebServer(options: WebServerOptions) {
  const { core, token, port, rendererDir, log } = options;
  const app = Fastify({
    loggerInstance: log,
    bodyLimit: BODY_LIMIT_BYTES,
    // Every request would be a log line; refusals and failures are logged where they happen.
    logController: new LogController({ disableRequestLogging: true }),
  });
  // JSON only: a text/plain POST is what a foreign page can send without a CORS preflight.
  app.removeContentTypeParser('text/plain');
  const indexPage = indexPageWithToken(rendererDir, token);

  // onRequest runs before the body is read, so a refused caller cannot make us parse anything.
  app.addHook('onRequest', async (request, reply) => {
    void reply.headers(SECURITY_HEADERS);
    const refused = refusal(
      {
        host: request.headers.host,
        origin: request.headers.origin,
        fetchSite: request.headers['sec-fetch-site'],
        token: request.headers[TOKEN_HEADER],
        // By method, not by URL: the router decodes paths (/%61pi/… is /api/…), a prefix test would not.
        isApiCall: request.method !== 'GET' && request.method !== 'HEAD',
      },
      { port, token },
    );
    if (refused === null) return;
    request.log.warn({ url: request.url, code: refused.body.error.code }, 'request refused');
    return reply.code(refused.status).send(refused.body);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(fail('invalid_input', clientErrorMessage(error)));
    }
    request.log.error({ err: error }, 'web host request failed');
    return reply.code(500).send(fail('internal', 'Internal error; the action was not saved'));
  });

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(fail('not_found', `Nothing at ${request.method} ${request.url.slice(0, 80)}`)),
  );

  const servePage = (_: unknown, reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(indexPage);
  app.get('/', servePage);
  app.get('/index.html', servePage);

  // The session header (sent twice it arrives as an array) goes to dispatch, which decides what it allows.
  app.post<{ Params: { method: string } }>('/api/:method', async (request, reply) =>
    sendEnvelope(
      reply,
      await core.call(request.params.method, request.body, request.headers[SESSION_HEADER] ?? null),
    ),
  );

  void app.register(fastifyStatic, { root: rendererDir, index: false });
  return app;
}
