import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const KEY_FILE = 'demo-ingest-key';

/**
 * The local hub's ingest key, made on its first start and kept beside its database (owner-only): the demo
 * feed needs it on every start, and a key the hub generates itself is shown once and stored as a hash.
 * `created` says this is that first start.
 */
export function localIngestKey(hubDir: string): { key: string; created: boolean } {
  const file = path.join(hubDir, KEY_FILE);
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key.length < 20) throw new Error(`${file} is damaged: delete the folder ${hubDir} to start afresh`);
    return { key, created: false };
  }
  mkdirSync(hubDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return { key, created: true };
}
