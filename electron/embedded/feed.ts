import { INGEST_LIMITS, IngestResponse, type IngestItem } from '../../shared/index.ts';
import { generateDemoComplaints } from '../core/demo/generate.ts';
import { toWibIso } from '../core/demo/time.ts';

export type Ingest = { hubUrl: string; ingestKey: string; fetch?: typeof fetch };

/** Posts items through the hub's real ingest API, as a channel connector does. */
export async function postItems(to: Ingest, items: readonly IngestItem[]): Promise<IngestResponse> {
  const res = await (to.fetch ?? fetch)(`${to.hubUrl}/api/v1/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${to.ingestKey}` },
    body: JSON.stringify({ items }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`ingest answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return IngestResponse.parse(await res.json());
}

/** The demo set of a first start (spread over the last quarter), in batches the hub accepts. */
export async function seedDemoComplaints(to: Ingest, demo: { count: number; seed: number }): Promise<void> {
  const items = generateDemoComplaints(demo).map((d) => d.item);
  for (let i = 0; i < items.length; i += INGEST_LIMITS.items) {
    await postItems(to, items.slice(i, i + INGEST_LIMITS.items));
  }
}

/**
 * One new demo complaint, written just now. Each seed makes its own externalIds (the generator tags
 * them with the seed), so consecutive seeds never repeat an item.
 */
export function liveDemoItem(seed: number, nowMs: number): IngestItem {
  const [demo] = generateDemoComplaints({ seed, count: 1, now: new Date(nowMs) });
  if (demo === undefined) throw new Error('the demo generator made no item');
  return { ...demo.item, receivedAt: toWibIso(nowMs) };
}

export type FeedOptions = Ingest & {
  everyMs: number;
  /** The first item's seed; the launch time keeps two runs of the feed apart. */
  seed: number;
  /** Told once when posting starts failing, and not again until a post succeeds. */
  onError(message: string): void;
};

/** The demo feed: a new complaint every `everyMs` until stopped, so a new user sees work arrive. */
export function startDemoFeed(opts: FeedOptions): { stop(): void } {
  let tick = 0;
  let failing = false;
  let timer: NodeJS.Timeout | null = null;
  const post = async (): Promise<void> => {
    try {
      await postItems(opts, [liveDemoItem(opts.seed + tick, Date.now())]);
      tick += 1;
      failing = false;
    } catch (err) {
      if (!failing) opts.onError(err instanceof Error ? err.message : String(err));
      failing = true;
    }
  };
  const next = (): void => {
    timer = setTimeout(() => {
      void post().then(() => {
        if (timer !== null) next();
      });
    }, opts.everyMs);
  };
  next();
  return {
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
