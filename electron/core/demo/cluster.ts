import { channelsFor } from './channels.ts';
import type { DemoCity } from './city.ts';
import { complaintText, grievanceFor } from './compose.ts';
import { draftOf, type Draft } from './draft.ts';
import { pickPlace } from './places.ts';
import { pickWeighted, type Random } from './random.ts';
import { slotsFor } from './slots.ts';
import { receivedAtMs, shortlyAfter } from './time.ts';
import { CLUSTER } from './truth.ts';

export const randomClusterSize = (random: Random) =>
  CLUSTER.minSize + random.int(CLUSTER.maxSize - CLUSTER.minSize + 1);

/**
 * Several citizens reporting the same problem within hours: same place and category, nearly the same
 * words, each typed by a different person on their own channel. Flagging should propose a merge.
 */
export function clusterDrafts(
  random: Random,
  city: DemoCity,
  nowMs: number,
  clusterId: string,
  size: number,
): Draft[] {
  const categoryId = pickWeighted(random, city.categories);
  const place = pickPlace(random, city.areas);
  const slots = slotsFor(random, city, place, categoryId);
  const grievance = grievanceFor(random, city, categoryId);
  const firstMs = receivedAtMs(random, nowMs);
  return Array.from({ length: size }, (_, i) => {
    const channel = pickWeighted(random, channelsFor('valid'));
    return draftOf(
      random,
      {
        truth: 'valid',
        clusterId,
        categoryId,
        channel,
        text: complaintText(random, grievance, channel, slots, {
          angry: false,
          echo: i === 0 ? 'first' : 'again',
        }),
        atMs: i === 0 ? firstMs : shortlyAfter(random, firstMs, nowMs),
      },
      place,
    );
  });
}
