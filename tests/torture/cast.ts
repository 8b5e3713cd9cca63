import { createServer } from 'node:net';
import { join } from 'node:path';
import type { IngestItem } from '../../shared/index.ts';
import type { Entries } from './bundle.ts';
import { startProc, type Proc } from './processes.ts';

/*
 * The processes of one torture run: a hub on a fixed port (a restarted hub keeps the desks' URL) and
 * the desks, each restarted in its own data folder.
 */

export const INGEST_KEY = 'ingest-key-for-the-torture-run';
const START_TIMEOUT_MS = 120_000; // a busy 2-core machine can take many seconds to start one

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export const isHubPush = (line: string) => line.includes('"url":"/api/v1/sync/push"');
export const isHubPull = (line: string) => line.includes('"url":"/api/v1/sync/pull"');

/** hub/cli.ts with the demo people and a known ingest key; resolves once it listens. */
export async function startHub(entries: Entries, port: number, dir: string): Promise<Proc> {
  const hub = startProc('hub', entries.hub, ['--port', String(port), '--data', join(dir, 'hub'), '--demo'], {
    SARING_INGEST_KEY: INGEST_KEY,
    SARING_HUB_LOG: 'info',
  });
  await ready(hub, (line) => line.includes('Server listening'));
  return hub;
}

export type DeskSpec = { name: string; dir: string; hubUrl: string; seed: number; drain: boolean };

export async function startDesk(entries: Entries, spec: DeskSpec): Promise<Proc> {
  const args = ['--data', spec.dir, '--hub', spec.hubUrl, '--name', spec.name, '--seed', String(spec.seed)];
  const desk = startProc(spec.name, entries.desk, spec.drain ? [...args, '--drain'] : args);
  await ready(desk, (line) => line === 'ready');
  return desk;
}

async function ready(proc: Proc, match: (line: string) => boolean): Promise<void> {
  if (await proc.nextLine(match, START_TIMEOUT_MS)) return;
  await proc.stop('SIGKILL');
  throw new Error(`${proc.label} did not start:\n${proc.stderrTail()}`);
}

/** New complaints while desks work; a hub that is down or dies meanwhile simply misses them. */
export async function ingest(hubUrl: string, items: IngestItem[]): Promise<boolean> {
  try {
    const res = await fetch(`${hubUrl}/api/v1/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${INGEST_KEY}` },
      body: JSON.stringify({ items }),
      signal: AbortSignal.timeout(5_000),
    });
    return res.ok;
  } catch {
    return false;
  }
}

export function complaintItem(n: number): IngestItem {
  return {
    channel: 'instagram',
    externalId: `torture-${n}`,
    author: { handle: `@warga${n}` },
    text: `Keluhan nomor ${n}: jalan berlubang di dekat pasar`,
    receivedAt: new Date(Date.UTC(2025, 2, 1, 3, n % 60)).toISOString(),
  };
}
