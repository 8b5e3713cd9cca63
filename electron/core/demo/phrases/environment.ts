/** Valid complaints about rubbish, pollution, street vendors and water: the desk's daily bread. */
export const ENVIRONMENT_PHRASES: Readonly<Record<string, readonly string[]>> = {
  sampah: [
    'sampah numpuk di TPS {tps} bau busuk, sudah {lama} tidak diangkut',
    'tumpukan sampah di pinggir {jalan} dekat {tempat}, baunya sampai ke rumah',
    'truk sampah tidak datang ke {rt} {kel} sudah {lama}',
    'orang buang sampah sembarangan ke sungai {sungai}, tolong dipasang larangan',
    'sampah pasar {tempat} meluber ke jalan, lalat di mana-mana',
    'TPS {tps} penuh sampai ke jalan, anjing liar pada ngacak-ngacak sampah',
    'runtah di {jalan} teu diangkut-angkut, bau pisan euy',
  ],
  pencemaran: [
    'limbah pabrik tahu dibuang ke sungai {sungai}, airnya bau busuk dan berbusa',
    'asap pembakaran sampah di {kel} tiap malam, anak saya sesak napas',
    'sungai {sungai} dekat {tempat} hitam dan bau, ikan pada mati',
    'bengkel di {jalan} buang oli bekas ke selokan',
    'suara mesin pabrik di {kel} bising sampai tengah malam',
  ],
  pkl: [
    'trotoar {jalan} dipenuhi PKL, pejalan kaki terpaksa turun ke jalan',
    'PKL di sekitar {tempat} jualan sampai badan jalan, macet',
    'lapak PKL di {jalan} tidak ditertibkan, sampahnya ditinggal begitu saja',
    'pengamen dan pengemis di lampu merah {jalan} makin banyak',
    'bangunan liar di bantaran sungai {sungai} makin banyak',
  ],
  'air-bersih': [
    'air PDAM mati di {kel} sudah {lama}, tolong dong',
    'air PDAM keruh dan bau di {rt} {kel}',
    'pipa PDAM bocor di {jalan} dekat {tempat}, air terbuang percuma',
    'tagihan PDAM bulan ini naik dua kali lipat padahal air sering mati',
    'tekanan air PDAM anjlok di {kel}, cuma netes',
    'cai PDAM di {kel} teu ngocor {lama}',
  ],
};
