import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/index.ts';
import { call } from '../api/client.ts';

/** How often the header asks: sync.status reads a few counters, so every few seconds costs nothing. */
export const STATUS_EVERY_MS = 3_000;

/**
 * The desk's sync status, asked again every few seconds (null until the first answer). `update` takes an
 * answer another call brought (sync.setOffline returns the new status), so the switch shows at once.
 */
export function useSyncStatus(): { status: SyncStatus | null; update: (s: SyncStatus) => void } {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (): Promise<void> => {
      const result = await call('sync.status', {});
      if (!live) return;
      // A failed poll keeps the last answer: the next one a few seconds later may succeed.
      if (result.ok) setStatus(result.value);
      timer = setTimeout(() => void poll(), STATUS_EVERY_MS);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return { status, update: setStatus };
}
