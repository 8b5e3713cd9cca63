import type { FoundClusters } from './clusters.ts';
import type { FlagWork } from './work.ts';

/** Clusters older than this are found again on the next request; a merge shows at once (cluster-members.ts). */
const FRESH_MS = 60_000;

/**
 * The newest clusters the worker found, so opening the cluster view twice does not cluster twice; a
 * request while one is running waits for that one.
 */
export function clusterCache(work: FlagWork): (refresh: boolean) => Promise<FoundClusters> {
  let running: Promise<FoundClusters> | null = null;
  let found: { clusters: FoundClusters; atMs: number } | null = null;
  return async (refresh) => {
    if (!refresh && found !== null && Date.now() - found.atMs < FRESH_MS) return found.clusters;
    running ??= work.clusters().finally(() => {
      running = null;
    });
    const clusters = await running;
    found = { clusters, atMs: Date.now() };
    return clusters;
  };
}
