import { ENVIRONMENT_PHRASES } from './environment.ts';
import { INFRASTRUCTURE_PHRASES } from './infrastructure.ts';
import { SERVICE_PHRASES } from './services.ts';

/** Valid complaint phrases keyed by category id of resources/city/tasikmalaya.json. */
export const CATEGORY_PHRASES: Readonly<Record<string, readonly string[]>> = {
  ...INFRASTRUCTURE_PHRASES,
  ...ENVIRONMENT_PHRASES,
  ...SERVICE_PHRASES,
};

/** Relative frequency per category: rubbish and roads lead every city desk's intake. */
export const CATEGORY_WEIGHTS: Readonly<Record<string, number>> = {
  'jalan-rusak': 14,
  sampah: 13,
  drainase: 8,
  'lampu-jalan': 8,
  'air-bersih': 7,
  'parkir-liar': 6,
  adminduk: 6,
  pkl: 5,
  'lalu-lintas': 5,
  trotoar: 4,
  bencana: 4,
  kesehatan: 4,
  bansos: 4,
  'pelayanan-publik': 4,
  informasi: 4,
  aspirasi: 4,
  pencemaran: 3,
  pendidikan: 3,
  perumahan: 2,
};
