import { strictAssert } from '../../../shared/assert.ts';
import type { Kecamatan } from '../../../shared/index.ts';
import type { Random } from './random.ts';

/** What a citizen would name around one kecamatan: plausible streets, landmarks and kelurahan. */
type Area = {
  streets: readonly string[];
  landmarks: readonly string[];
  kelurahan: readonly string[];
  /** Rough centre, for the coordinates some apps attach. */
  centre: readonly [lat: number, lon: number];
};

const AREAS: Readonly<Record<string, Area>> = {
  bungursari: {
    streets: ['Jl. Dr. Moh. Hatta', 'Jl. Letnan Harun', 'Jl. Bungursari', 'Jl. Sukarindik'],
    landmarks: ['SMPN 12', 'Puskesmas Bungursari', 'Masjid Al-Muttaqin', 'pertigaan Sukarindik'],
    kelurahan: ['Bungursari', 'Bantarsari', 'Sukajaya', 'Sukamulya', 'Sukarindik', 'Cibunigeulis'],
    centre: [-7.305, 108.188],
  },
  cibeureum: {
    streets: ['Jl. Letjen Mashudi', 'Jl. Gunung Sabeulah', 'Jl. Ciakar', 'Jl. Kotabaru'],
    landmarks: ['Pasar Cibeureum', 'SDN Ciherang', 'Puskesmas Cibeureum', 'jembatan Kotabaru'],
    kelurahan: ['Ciakar', 'Ciherang', 'Kotabaru', 'Awipari', 'Setianagara', 'Margabakti'],
    centre: [-7.345, 108.262],
  },
  cihideung: {
    streets: ['Jl. HZ Mustofa', 'Jl. Cihideung Balong', 'Jl. Yudanegara', 'Jl. Sudirman'],
    landmarks: ['Asia Plaza', 'Alun-alun', 'Masjid Agung', 'Taman Kota', 'Plaza Asia'],
    kelurahan: ['Argasari', 'Cilembang', 'Nagarawangi', 'Tugujaya', 'Tuguraja', 'Yudanagara'],
    centre: [-7.327, 108.219],
  },
  cipedes: {
    streets: ['Jl. Ahmad Yani', 'Jl. Tentara Pelajar', 'Jl. Siliwangi', 'Jl. Panglayungan'],
    landmarks: ['SMPN 5', 'Dadaha', 'GOR Sukapura', 'Lapang Dadaha', 'Rumah Sakit Jasa Kartini'],
    kelurahan: ['Cipedes', 'Nagarasari', 'Panglayungan', 'Sukamanah'],
    centre: [-7.316, 108.214],
  },
  indihiang: {
    streets: ['Jl. Ibrahim Adjie', 'Jl. Letnan Harun', 'Jl. Sukamaju', 'Jl. Parakannyasag'],
    landmarks: ['Terminal Indihiang', 'Pasar Indihiang', 'SMAN 4', 'Stasiun Indihiang'],
    kelurahan: ['Indihiang', 'Panyingkiran', 'Parakannyasag', 'Sirnagalih', 'Sukamaju Kaler'],
    centre: [-7.296, 108.206],
  },
  kawalu: {
    streets: ['Jl. Perintis Kemerdekaan', 'Jl. Karanganyar', 'Jl. Cibeuti', 'Jl. Talagasari'],
    landmarks: ['Lanud Wiriadinata', 'Puskesmas Kawalu', 'Pasar Kawalu', 'SMPN 9'],
    kelurahan: ['Cibeuti', 'Karanganyar', 'Karsamenak', 'Talagasari', 'Tanjung', 'Gunungtandala'],
    centre: [-7.383, 108.214],
  },
  mangkubumi: {
    streets: ['Jl. Cikurubuk', 'Jl. Letnan Harun', 'Jl. Mangkubumi', 'Jl. Sambongpari'],
    landmarks: ['Pasar Cikurubuk', 'Situ Gede', 'Puskesmas Mangkubumi', 'SDN Linggajaya'],
    kelurahan: ['Linggajaya', 'Cipawitra', 'Sambongpari', 'Sambongjaya', 'Cigantang', 'Cipari'],
    centre: [-7.356, 108.196],
  },
  purbaratu: {
    streets: ['Jl. Tanuwijaya', 'Jl. Sukanagara', 'Jl. Purbaratu', 'Jl. Singkup'],
    landmarks: ['Pasar Purbaratu', 'SDN Sukanagara', 'Puskesmas Purbaratu', 'lapang Singkup'],
    kelurahan: ['Purbaratu', 'Sukajaya', 'Sukamenak', 'Sukanagara', 'Singkup', 'Sukasenang'],
    centre: [-7.321, 108.271],
  },
  tamansari: {
    streets: ['Jl. Mitra Batik', 'Jl. Tamansari', 'Jl. Sumelap', 'Jl. Setiawargi'],
    landmarks: ['sentra batik', 'Puskesmas Tamansari', 'SMPN 14', 'TPA Ciangir'],
    kelurahan: ['Tamansari', 'Tamanjaya', 'Setiawargi', 'Setiamulya', 'Sumelap', 'Mulyasari'],
    centre: [-7.376, 108.254],
  },
  tawang: {
    streets: ['Jl. Sutisna Senjaya', 'Jl. Dr. Soekardjo', 'Jl. Kalektoran', 'Jl. Empangsari'],
    landmarks: ['Stasiun Tasikmalaya', 'RSUD dr. Soekardjo', 'Pasar Pancasila', 'Gedung Kesenian'],
    kelurahan: ['Kahuripan', 'Lengkongsari', 'Tawangsari', 'Empangsari', 'Cikalang'],
    centre: [-7.334, 108.223],
  },
};

/** City-wide places that are not tied to the chosen kecamatan in citizens' minds. */
export const TPS = ['Cieunteung', 'Cikurubuk', 'Panglayungan', 'Indihiang', 'Cibeureum', 'Kawalu'];
export const RIVERS = ['Ciloseh', 'Cikalang', 'Citanduy', 'Cimulu', 'Cidukuh'];

export type PlacePick = {
  kecamatan: Kecamatan;
  street: string;
  landmark: string;
  kelurahan: string;
  centre: readonly [number, number];
};

export type CityArea = Area & { kecamatan: Kecamatan };

/** Binds the shipped kecamatan list to the areas above; a kecamatan without an area is a bug here. */
export function areasFor(kecamatan: readonly Kecamatan[]): readonly CityArea[] {
  return kecamatan.map((k) => {
    const area = AREAS[k.id];
    strictAssert(area, `demo has no streets for kecamatan ${k.id}`);
    return { ...area, kecamatan: k };
  });
}

export function pickPlace(random: Random, areas: readonly CityArea[]): PlacePick {
  const area = random.pick(areas);
  return {
    kecamatan: area.kecamatan,
    street: random.pick(area.streets),
    landmark: random.pick(area.landmarks),
    kelurahan: random.pick(area.kelurahan),
    centre: area.centre,
  };
}

/** A point within about a kilometre of the kecamatan's centre, to 6 decimals like a phone reports. */
export function jitter(random: Random, [lat, lon]: readonly [number, number]): { lat: number; lon: number } {
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { lat: round(lat + (random.float() - 0.5) * 0.02), lon: round(lon + (random.float() - 0.5) * 0.02) };
}
