import { missingCase } from '../../../shared/assert.ts';
import type { Channel } from '../../../shared/index.ts';
import { weighted, type Weighted } from './random.ts';
import type { DemoTruth } from './truth.ts';

/** Complaints come mostly through Instagram and WhatsApp; LAPOR!, web and phone trail behind. */
const COMPLAINTS = weighted<Channel>([
  ['instagram', 26],
  ['whatsapp', 22],
  ['facebook', 16],
  ['x', 14],
  ['tiktok', 4],
  ['web', 6],
  ['lapor', 6],
  ['telepon', 3],
  ['email', 2],
  ['open311', 1],
]);
/** Noise lives in comment sections. */
const COMMENTS = weighted<Channel>([
  ['instagram', 30],
  ['x', 22],
  ['facebook', 22],
  ['whatsapp', 14],
  ['tiktok', 10],
  ['web', 2],
]);
/** Chain messages travel in WhatsApp groups and Facebook. */
const CHAINS = weighted<Channel>([
  ['whatsapp', 50],
  ['facebook', 30],
  ['x', 10],
  ['instagram', 10],
]);
const PROMOTIONS = weighted<Channel>([
  ['instagram', 35],
  ['x', 20],
  ['facebook', 20],
  ['tiktok', 15],
  ['whatsapp', 5],
  ['email', 5],
]);

export function channelsFor(truth: DemoTruth): Weighted<Channel> {
  switch (truth) {
    case 'valid':
    case 'valid_angry':
      return COMPLAINTS;
    case 'abuse':
    case 'unfair_attack':
    case 'off_topic':
      return COMMENTS;
    case 'hoax':
      return CHAINS;
    case 'spam':
      return PROMOTIONS;
    default:
      return missingCase(truth);
  }
}

/** Staff and forms write in full sentences; social media does not. */
export function isFormal(channel: Channel): boolean {
  return channel === 'web' || channel === 'email' || channel === 'lapor' || channel === 'open311';
}

/**
 * The channel's own id in its usual shape. `seq` counts per channel, so ids are unique within a
 * generated set; `tag` (from the seed) keeps sets of different seeds apart.
 */
export function externalId(channel: Channel, seq: number, tag: string): string {
  const n = String(seq).padStart(9, '0');
  switch (channel) {
    case 'instagram':
      return `17${tag}${n}`;
    case 'x':
      return `18${tag}${n}`;
    case 'tiktok':
      return `73${tag}${n}`;
    case 'facebook':
      return `104729${tag}_${n}`;
    case 'whatsapp':
      return `wamid.HBgM${tag}${n}`;
    case 'web':
      return `WEB-${tag}-${n}`;
    case 'email':
      return `<${tag}.${n}@mail.example.org>`;
    case 'lapor':
      return `LAPOR-${tag}${n}`;
    case 'open311':
      return `req-${tag}-${n}`;
    case 'telepon':
      return `TEL-${tag}-${n}`;
    default:
      return missingCase(channel);
  }
}

export function mediaUrls(channel: Channel, seq: number, tag: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `https://example.org/demo/${channel}/${tag}-${seq}-${i + 1}.jpg`,
  );
}
