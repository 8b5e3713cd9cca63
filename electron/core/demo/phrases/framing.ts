/** How a grievance is opened and closed, per register; and how later reporters echo an earlier one. */
export const CASUAL_OPENERS = [
  'min',
  'min,',
  'punten min,',
  'lapor min',
  'assalamualaikum min,',
  'halo pemkot,',
  'admin tolong,',
  'permisi,',
  'punten,',
  'pak, bu,',
];

export const CASUAL_CLOSERS = [
  'tolong dong',
  'mohon ditindaklanjuti',
  'kapan dibenerin?',
  'hatur nuhun',
  'mangga dicek',
  'makasih min',
  '🙏',
  'gimana ini pak?',
  'kasihan warga',
  'punten pisan',
  'tolong segera',
  'sudah lapor ke RT tapi tidak ada kabar',
];

export const FORMAL_OPENERS = [
  'Dengan hormat,',
  'Yth. Pemerintah Kota Tasikmalaya, saya warga {kel}.',
  'Selamat siang, izin menyampaikan:',
  'Assalamualaikum wr. wb.',
];

export const FORMAL_CLOSERS = [
  'Mohon segera ditindaklanjuti. Terima kasih.',
  'Atas perhatiannya saya ucapkan terima kasih.',
  'Terima kasih.',
  'Mohon informasinya.',
];

/** Staff typing in a phone call write in the third person. */
export const PHONE_NOTE_OPENERS = ['Telp dari warga {kel}:', 'Catatan telepon:', 'Penelepon (warga {kec}):'];

export const CLUSTER_ECHOES = [
  'sama min,',
  'iya bener,',
  'di sini juga,',
  'setuju,',
  'saya juga mau lapor,',
  '+1',
  'betul min,',
  'nambahin,',
];
