/**
 * Valid complaints about roads, sidewalks, drainage, lights, traffic and housing, in the words citizens
 * use. Standard words ("tidak", "sudah") are on purpose: noise.ts turns them into slang per channel.
 * Everyday words that look like insults (buta, mati, busuk, parah, cacat, anjlok) are kept deliberately.
 */
export const INFRASTRUCTURE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'jalan-rusak': [
    'jalan di {jalan} dekat {tempat} rusak parah, sudah {lama} tidak dibenerin',
    '{jalan} banyak lubang besar, kemarin ada motor jatuh depan {tempat}',
    'aspal di {jalan}, {kel} mengelupas, kalau hujan jadi kubangan',
    'tolong {jalan} diperbaiki, lubangnya dalam banget dekat {tempat}, bahaya buat pengendara',
    'jalan ke {tempat} hancur, mobil susah lewat, sudah {lama} begini',
    'jalan amblas di {jalan} dekat {tempat}, takut makin anjlok kalau hujan terus',
    'tambalan jalan {jalan} baru sebulan sudah rusak lagi, kualitasnya gimana ini',
    'jalan di {rt} {kel} teh rusak parah euy, batu semua',
  ],
  trotoar: [
    'trotoar di {jalan} rusak, ubinnya pada lepas, pejalan kaki jadi turun ke jalan',
    'trotoar {jalan} dekat {tempat} dipakai parkir motor, pejalan kaki tidak kebagian',
    'penutup saluran di trotoar {jalan} bolong, anak sekolah bisa kejeblos',
    'guiding block di trotoar {jalan} cacat dan putus-putus, tidak ramah disabilitas',
    'trotoar di {jalan} sempit banget ketutup tiang dan pot bunga',
  ],
  drainase: [
    'selokan di {jalan} mampet, tiap hujan banjir sampai masuk rumah warga {kel}',
    'saluran air dekat {tempat} tersumbat sampah, airnya hitam dan bau busuk',
    'drainase di {rt} {kel} meluap tiap hujan deras, sudah {lama} tidak dikeruk',
    'gorong-gorong di {jalan} ambrol, air menggenang di jalan',
    'banjir lagi di {jalan} depan {tempat} setinggi lutut, drainasenya kecil tidak muat',
    'solokan di {kel} pinuh ku sampah, bau pisan',
  ],
  'lampu-jalan': [
    'lampu jalan mati di {jalan}, gelap banget kalau malam',
    'PJU di {jalan} dekat {tempat} sudah {lama} mati, rawan begal',
    'lampu jalan di {rt} {kel} kedip-kedip terus mati, tolong diganti',
    '{jalan} gelap gulita dari {tempat} sampai perempatan, jalannya buta total malam hari',
    'tiang lampu di {jalan} miring mau roboh, kabelnya menjuntai',
    'lampu jalan di {jalan} pareum {lama}, poek pisan',
  ],
  'lalu-lintas': [
    'lampu merah di perempatan {jalan} mati, semrawut banget',
    'macet parah di {jalan} depan {tempat} tiap jam pulang sekolah, tidak ada petugas',
    'rambu di {jalan} ketutup pohon, banyak yang salah masuk jalur',
    'angkot ngetem sembarangan dekat {tempat} bikin macet panjang',
    'marka jalan di {jalan} sudah pudar, bahaya kalau malam',
    'polisi tidur di {jalan}, {kel} terlalu tinggi, motor sering kejedot',
  ],
  'parkir-liar': [
    'parkir liar di depan {tempat} bikin macet',
    'banyak mobil parkir sembarangan di {jalan} dekat {tempat}, jalan tinggal satu lajur',
    'tukang parkir liar di {tempat} minta 5 ribu, tidak ada karcis',
    'bahu jalan {jalan} jadi tempat parkir truk, susah lewat',
    'parkir di {jalan} sampai dua baris, angkot tidak bisa lewat',
  ],
  bencana: [
    'pohon tumbang di {jalan} dekat {tempat}, nutup jalan',
    'tebing longsor di {rt} {kel} dekat rumah warga, mohon dicek',
    'pohon besar di {jalan} sudah miring, takut tumbang kalau angin',
    'banjir di {rt} {kel}, air masuk rumah sepinggang',
    'angin puting beliung merusak atap rumah di {kel}, warga butuh terpal',
    'tangkal ageung rubuh di {jalan}, macet total',
  ],
  perumahan: [
    'rumah tidak layak huni di {rt} {kel}, sudah diajukan rutilahu tapi belum ada kabar',
    'jalan perumahan di {kel} rusak, developer sudah kabur, PSU belum diserahkan',
    'jembatan gantung ke {kel} papannya lapuk, warga takut lewat',
    'MCK umum di {rt} {kel} rusak, warga terpaksa ke sungai',
  ],
};
