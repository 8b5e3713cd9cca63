import { z } from 'zod';
import {
  Health,
  HubError,
  HubSignIn,
  HubSignInRequest,
  IngestItem,
  IngestRequest,
  IngestResponse,
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
} from '../shared/index.ts';

/*
 * The hub's HTTP API as OpenAPI 3.1, generated from the same zod schemas the hub validates with, so the
 * document cannot drift from the code. hub/openapi.json is this output, committed; a test compares them.
 */

const SCHEMAS = {
  Health,
  HubError,
  HubSignInRequest,
  HubSignIn,
  IngestRequest,
  IngestItem,
  IngestResponse,
  PushRequest,
  PushResponse,
  PullRequest,
  PullResponse,
} as const;
type SchemaName = keyof typeof SCHEMAS;

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: SchemaName) => ({ content: { 'application/json': { schema: ref(name) } } });
const error = (description: string) => ({ description, ...json('HubError') });

const call = (
  summary: string,
  request: SchemaName | null,
  answer: SchemaName,
  errors: Record<string, string>,
  auth: string | null,
) => ({
  summary,
  ...(auth ? { security: [{ [auth]: [] }] } : {}),
  ...(request ? { requestBody: { required: true, ...json(request) } } : {}),
  responses: {
    '200': { description: 'OK', ...json(answer) },
    ...Object.fromEntries(Object.entries(errors).map(([status, text]) => [status, error(text)])),
  },
});

const COMMON = { '400': 'Invalid input (issues listed)', '401': 'Missing or invalid credentials' };

export function openApiDocument(): object {
  const schemas = Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, schema]) => [
      name,
      // Requests are described as they are accepted (before defaults), answers as they are sent.
      z.toJSONSchema(schema, { io: name.endsWith('Request') ? 'input' : 'output', unrepresentable: 'any' }),
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Saring hub',
      version: '1',
      description: 'Sync, sign-in and ingest for Saring desktops and channel connectors.',
    },
    components: {
      schemas,
      securitySchemes: {
        session: { type: 'http', scheme: 'bearer', description: 'The token from /api/v1/auth/sign-in' },
        ingestKey: { type: 'http', scheme: 'bearer', description: 'The hub ingest key' },
      },
    },
    paths: {
      '/api/v1/health': { get: call('Is the hub up; its epoch and version', null, 'Health', {}, null) },
      '/api/v1/auth/sign-in': {
        post: call(
          'Password sign-in',
          'HubSignInRequest',
          'HubSignIn',
          { ...COMMON, '429': 'Too many attempts' },
          null,
        ),
      },
      '/api/v1/ingest': {
        post: call(
          'Deliver complaints from a channel (idempotent on channel + externalId)',
          'IngestRequest',
          'IngestResponse',
          { ...COMMON, '413': 'More than 1,000 items or 1 MB' },
          'ingestKey',
        ),
      },
      '/api/v1/sync/push': {
        post: call(
          'Push operations in clientSeq order',
          'PushRequest',
          'PushResponse',
          { ...COMMON, '409': 'seq_gap: push from expectedSeq', '503': 'Transient failure: retry' },
          'session',
        ),
      },
      '/api/v1/sync/pull': {
        post: call(
          'Pull rows changed after the cursor, one page',
          'PullRequest',
          'PullResponse',
          COMMON,
          'session',
        ),
      },
      '/api/v1/sync/events': {
        get: {
          summary: 'Server-sent events: "version" with the newest version after each commit; heartbeats',
          security: [{ session: [] }],
          responses: {
            '200': {
              description: 'text/event-stream',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            '401': error('Missing or invalid session'),
          },
        },
      },
      '/api/v1/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
    },
  };
}

/** The committed file's exact text: `npm run hub -- --print-openapi > hub/openapi.json`. */
export const openApiText = (): string => `${JSON.stringify(openApiDocument(), null, 2)}\n`;
