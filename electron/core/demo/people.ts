import { missingCase } from '../../../shared/assert.ts';
import type { Channel, IngestItem } from '../../../shared/index.ts';
import type { Random } from './random.ts';

// Every name here is made up by combining common West Javanese given names and family names.
const GIVEN = (
  'Dewi Asep Ujang Neng Euis Cecep Dadan Rina Siti Rizky Fajar Yuni Wawan Iis Entin Dedi Agus Rudi ' +
  'Tati Lilis Nurul Hendra Yusuf Ai Elis Ayu Dani Ilham Rani Teguh Yayan Nenden Kurnia Gilang Fitri Iwan'
).split(' ');
const FAMILY = (
  'Suryana Hidayat Permana Nurjanah Rahayu Setiawan Kurniawan Sopandi Hermawan Mulyani Saepudin ' +
  'Maulana Kusumah Gunawan Sulastri Lestari Ramdani Nugraha'
).split(' ');
/** Where handles say they are from. */
const HOME_TAGS = 'tsm tasik tasikmalaya kawalu cbr indihiang priangan hq'.split(' ');

/** Invented officials for the unfair-attack examples; none stands for a real person. */
export const FICTIONAL_OFFICIALS = [
  'Dadang Sukmajaya',
  'Euis Kartikasari',
  'Ade Sumirat',
  'Yoyo Hermansyah',
  'Iman Taufikurahman',
  'Nanang Kosasih',
  'Wiwin Rostiawati',
  'Ujang Saepulloh',
  'Nenden Rukmana',
  'Tatang Supriatna',
];

const lower = (s: string) => s.toLowerCase();
const twoDigits = (random: Random) => String(10 + random.int(90));
const fourDigits = (random: Random) => String(1000 + random.int(9000));

function socialHandle(random: Random, given: string, family: string): string {
  const g = lower(given);
  switch (random.int(5)) {
    case 0:
      return `@${g}.${random.pick(HOME_TAGS)}`;
    case 1:
      return `@${g}_${random.pick(HOME_TAGS)}`;
    case 2:
      return `@${g}${lower(family)}${twoDigits(random)}`;
    case 3:
      return `@${g}.${lower(family)}`;
    default:
      return `@${lower(given.slice(0, 3))}_${lower(family)}_${twoDigits(random)}`;
  }
}

/** Author as each channel's connector reports it: social handles, masked phone numbers, e-mail. */
export function authorFor(random: Random, channel: Channel): IngestItem['author'] {
  const given = random.pick(GIVEN);
  const family = random.pick(FAMILY);
  const fullName = `${given} ${family}`;
  switch (channel) {
    case 'instagram':
    case 'x':
    case 'tiktok': {
      const handle = socialHandle(random, given, family);
      return random.chance(0.4) ? { handle, name: fullName } : { handle };
    }
    case 'facebook':
      return { handle: `${lower(given)}.${lower(family)}.${fourDigits(random)}`, name: fullName };
    case 'whatsapp': {
      // Masked like the desk's connector shows them; push names are often informal.
      const handle = `+62812****${fourDigits(random)}`;
      return random.chance(0.7) ? { handle, name: random.chance(0.5) ? given : fullName } : { handle };
    }
    case 'web':
    case 'email':
      return { handle: `${lower(given)}.${lower(family)}${twoDigits(random)}@example.com`, name: fullName };
    case 'lapor':
      return { handle: `pelapor-${fourDigits(random)}${fourDigits(random)}` };
    case 'open311':
      return { handle: `app-${(random.int(0xffffff) + 0x100000).toString(16)}` };
    case 'telepon':
      return {
        handle: `telp 0812****${fourDigits(random)}`,
        name: `${random.chance(0.5) ? 'Bapak' : 'Ibu'} ${given}`,
      };
    default:
      return missingCase(channel);
  }
}
