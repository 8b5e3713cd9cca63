import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { User } from '../../shared/index.ts';
import { refusal } from '../errors.ts';
import type { HubStore } from '../store/types.ts';

/** 32 random bytes, base64url: session tokens, generated ingest keys and generated passwords. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Tokens and keys are long random strings: a plain SHA-256 is enough, and lets them be looked up. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Longer than any token of ours: refused before hashing. */
const MAX_SECRET = 200;

function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer ([^\s]+)$/.exec(header);
  const secret = match?.[1];
  return secret !== undefined && secret.length <= MAX_SECRET ? secret : null;
}

/** The signed-in person behind the Bearer token, or 401. */
export async function sessionOf(store: HubStore, request: FastifyRequest): Promise<User> {
  const token = bearerOf(request);
  const user = token === null ? null : await store.sessionUser(hashSecret(token), Date.now());
  if (user === null)
    throw refusal(401, 'unauthorized', 'Sign in: the session is missing, unknown or expired');
  return user;
}

/** Channel connectors send the ingest key as a Bearer token. */
export async function requireIngestKey(store: HubStore, request: FastifyRequest): Promise<void> {
  const key = bearerOf(request);
  if (key === null || !(await store.hasIngestKey(hashSecret(key)))) {
    throw refusal(401, 'unauthorized', 'A valid ingest key is required (Authorization: Bearer <key>)');
  }
}
