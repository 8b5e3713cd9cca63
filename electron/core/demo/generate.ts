import type { Channel, IngestItem } from '../../../shared/index.ts';
import { channelsFor, externalId, mediaUrls } from './channels.ts';
import { demoCity, type DemoCity } from './city.ts';
import { clusterDrafts, randomClusterSize } from './cluster.ts';
import { complaintText, grievanceFor, noiseText } from './compose.ts';
import { draftOf, type Draft } from './draft.ts';
import { inTimeOrder } from './order.ts';
import { pickPlace } from './places.ts';
import { createRandom, pickWeighted, weighted, type Random } from './random.ts';
import { slotsFor } from './slots.ts';
import { DAY, receivedAtMs, toWibIso } from './time.ts';
import { CLUSTER, DEMO_TRUTHS, TRUTH_SHARES, type DemoTruth } from './truth.ts';

export { DEMO_TRUTHS, TRUTH_SHARES, type DemoTruth } from './truth.ts';

/** One demo item with what it really is: `categoryId` is the right category for grievances, else null. */
export type DemoComplaint = {
  item: IngestItem;
  truth: DemoTruth;
  clusterId: string | null;
  categoryId: string | null;
};

export type DemoOptions = { seed: number; count: number; now?: Date };

export const MAX_DEMO_COUNT = 10_000_000;

/**
 * Truths are drawn per event; a valid event may become a whole cluster, so its weight is divided by
 * the reports it yields on average, keeping TRUTH_SHARES true per item.
 */
const meanClusterSize = (CLUSTER.minSize + CLUSTER.maxSize) / 2;
const EVENTS = weighted(
  DEMO_TRUTHS.map((truth) => {
    const share = TRUTH_SHARES[truth];
    return [truth, truth === 'valid' ? share / (1 + CLUSTER.chance * (meanClusterSize - 1)) : share] as const;
  }),
);

function singleDraft(random: Random, city: DemoCity, truth: DemoTruth, nowMs: number): Draft {
  const channel = pickWeighted(random, channelsFor(truth));
  const place = pickPlace(random, city.areas);
  const atMs = receivedAtMs(random, nowMs);
  if (truth === 'valid' || truth === 'valid_angry') {
    const categoryId = pickWeighted(random, city.categories);
    const slots = slotsFor(random, city, place, categoryId);
    const grievance = grievanceFor(random, city, categoryId);
    const tone = { angry: truth === 'valid_angry', echo: 'first' } as const;
    const text = complaintText(random, grievance, channel, slots, tone);
    return draftOf(random, { truth, clusterId: null, categoryId, channel, text, atMs }, place);
  }
  const text = noiseText(random, truth, slotsFor(random, city, place, null));
  return draftOf(random, { truth, clusterId: null, categoryId: null, channel, text, atMs }, place);
}

function checkOptions({ seed, count, now }: DemoOptions): void {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_DEMO_COUNT) {
    throw new RangeError(`count must be an integer from 0 to ${MAX_DEMO_COUNT}, got ${count}`);
  }
  if (now !== undefined && Number.isNaN(now.getTime())) throw new RangeError('now is not a valid date');
}

/**
 * The moment every demo set is drawn at. The set is then moved to `now` by whole days, so a seed gives the
 * same texts, order and ages on any date (weekend and holiday draws would otherwise shift the random
 * stream, and which items are still new with it: the e2e shift finds its items by words). Times of day
 * stay, and nothing lands after `now`; the quieter weekend days may fall on other weekdays.
 */
const DRAWN_AT_MS = Date.parse('2025-06-30T10:00:00+07:00');

/** Reproducible demo complaints for Kota Tasikmalaya: same seed and count give the same items, moved to now. */
export function generateDemoComplaints(options: DemoOptions): DemoComplaint[] {
  checkOptions(options);
  const { seed, count } = options;
  const shiftMs = Math.floor(((options.now ?? new Date()).getTime() - DRAWN_AT_MS) / DAY) * DAY;
  const random = createRandom(seed);
  const city = demoCity();
  const tag = String(seed >>> 0);
  const drafts: Draft[] = [];
  let clusters = 0;
  while (drafts.length < count) {
    const truth = pickWeighted(random, EVENTS);
    // A cluster that would not fit whole at the end is left out: a "cluster" of one misleads.
    if (truth === 'valid' && random.chance(CLUSTER.chance) && count - drafts.length >= CLUSTER.minSize) {
      const size = Math.min(randomClusterSize(random), count - drafts.length);
      drafts.push(...clusterDrafts(random, city, DRAWN_AT_MS, `cluster-${tag}-${++clusters}`, size));
    } else {
      drafts.push(singleDraft(random, city, truth, DRAWN_AT_MS));
    }
  }
  // Feed order: ids then grow with time, as they do on the channels themselves.
  const sequences = new Map<Channel, number>();
  return inTimeOrder(drafts).map((draft) => {
    const seq = (sequences.get(draft.channel) ?? 0) + 1;
    sequences.set(draft.channel, seq);
    const item: IngestItem = {
      channel: draft.channel,
      externalId: externalId(draft.channel, seq, tag),
      author: draft.author,
      text: draft.text.trim(),
      receivedAt: toWibIso(draft.atMs + shiftMs),
    };
    // Assigned, not spread: a conditional spread in a literal is several times slower per item.
    if (draft.place) item.place = draft.place;
    if (draft.mediaCount > 0) item.media = mediaUrls(draft.channel, seq, tag, draft.mediaCount);
    return { item, truth: draft.truth, clusterId: draft.clusterId, categoryId: draft.categoryId };
  });
}
