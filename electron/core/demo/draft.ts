import type { Channel, IngestItem } from '../../../shared/index.ts';
import { authorFor } from './people.ts';
import { jitter, type PlacePick } from './places.ts';
import type { Random } from './random.ts';
import type { DemoTruth } from './truth.ts';

/** One generated item before ordering gives it its per-channel sequence number. */
export type Draft = {
  truth: DemoTruth;
  clusterId: string | null;
  categoryId: string | null;
  channel: Channel;
  author: IngestItem['author'];
  text: string;
  place: IngestItem['place'];
  atMs: number;
  mediaCount: number;
};

/** How often each kind of item says where it is, and carries photos. */
const PLACE_CHANCE = {
  valid: 0.85,
  valid_angry: 0.8,
  abuse: 0,
  unfair_attack: 0.3,
  hoax: 0.1,
  spam: 0,
  off_topic: 0.05,
} as const satisfies Record<DemoTruth, number>;
const MEDIA_CHANCE = {
  valid: 0.25,
  valid_angry: 0.2,
  abuse: 0,
  unfair_attack: 0.05,
  hoax: 0.3,
  spam: 0.1,
  off_topic: 0.05,
} as const satisfies Record<DemoTruth, number>;

/** The place as a connector would pass it on: always the kecamatan, sometimes more. */
function placeOf(random: Random, pick: PlacePick): NonNullable<IngestItem['place']> {
  const place: NonNullable<IngestItem['place']> = { kecamatan: pick.kecamatan.name };
  if (random.chance(0.5)) place.kelurahan = pick.kelurahan;
  if (random.chance(0.6)) {
    place.address = random.chance(0.5) ? pick.street : `${pick.street}, dekat ${pick.landmark}`;
  }
  if (random.chance(0.25)) {
    const { lat, lon } = jitter(random, pick.centre);
    place.lat = lat;
    place.lon = lon;
  }
  return place;
}

export function draftOf(
  random: Random,
  fields: Pick<Draft, 'truth' | 'clusterId' | 'categoryId' | 'channel' | 'text' | 'atMs'>,
  pick: PlacePick,
): Draft {
  const { truth, channel } = fields;
  // Spelled out rather than spread: one object shape keeps sorting a million drafts fast.
  return {
    truth,
    clusterId: fields.clusterId,
    categoryId: fields.categoryId,
    channel,
    author: authorFor(random, channel),
    text: fields.text,
    place: random.chance(PLACE_CHANCE[truth]) ? placeOf(random, pick) : undefined,
    atMs: fields.atMs,
    mediaCount: random.chance(MEDIA_CHANCE[truth]) ? 1 + random.int(3) : 0,
  };
}
