import type { ChunkResult } from './backlog.ts';
import type { FoundClusters } from './clusters.ts';

/** Messages between the core (worker-client.ts) and the flag worker (worker.ts). */
export type ToWorker =
  { kind: 'nudge' } | { kind: 'train'; id: number } | { kind: 'clusters'; id: number } | { kind: 'stop' };

export type FromWorker =
  | { kind: 'chunk'; chunk: ChunkResult }
  | { kind: 'trained'; id: number; version: number | null }
  | { kind: 'clusters'; id: number; clusters: FoundClusters }
  | { kind: 'failed'; id: number | null; job: string; error: string };

export type WorkerData = { file: string; pollMs: number };
