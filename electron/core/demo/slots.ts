import type { DemoCity } from './city.ts';
import { INSULTS } from './phrases/anger.ts';
import { SPAM_LINK_PATHS } from './phrases/spam.ts';
import { FICTIONAL_OFFICIALS } from './people.ts';
import { RIVERS, TPS, type PlacePick } from './places.ts';
import type { Random } from './random.ts';
import type { Slots } from './template.ts';

const DURATIONS = [
  '3 bulan',
  '2 minggu',
  'seminggu',
  'sebulan lebih',
  'dari tahun kemarin',
  '4 hari',
  '2 bulan',
  'berbulan-bulan',
  '10 hari',
];
const LINK_HOSTS = ['example.org', 'example.com', 'example.net'];

// Built once: fresh strings per item would only feed the garbage collector.
const twoDigits = (n: number) => String(n).padStart(2, '0');
const NEIGHBOURHOODS = Array.from(
  { length: 12 * 15 },
  (_, i) => `RT ${twoDigits(1 + (i % 12))}/RW ${twoDigits(1 + Math.floor(i / 12))}`,
);
const LINKS = Array.from(
  { length: 240 },
  (_, i) =>
    `https://${LINK_HOSTS[i % 3] ?? ''}/${SPAM_LINK_PATHS[i % SPAM_LINK_PATHS.length] ?? ''}${(i * 37) % 1000}`,
);

/** Fills every slot for one item; the place ties street, landmark and kelurahan together. */
export function slotsFor(random: Random, city: DemoCity, place: PlacePick, categoryId: string | null): Slots {
  return {
    jalan: place.street,
    tempat: place.landmark,
    kel: place.kelurahan,
    kec: place.kecamatan.name,
    lama: random.pick(DURATIONS),
    rt: random.pick(NEIGHBOURHOODS),
    tps: random.pick(TPS),
    sungai: random.pick(RIVERS),
    dinas: (categoryId === null ? undefined : city.dinasOf.get(categoryId)) ?? random.pick(city.dinasNames),
    makian: random.pick(INSULTS),
    pejabat: random.pick(FICTIONAL_OFFICIALS),
    link: random.pick(LINKS),
  };
}
