/** Promotions riding on the city's accounts: online gambling, loans, followers, always with a link. */
export const SPAM_PHRASES = [
  'slot gacor hari ini maxwin x500 🔥 daftar di {link}',
  'judi online deposit 10rb bonus 100%, link di bio {link}',
  'pinjol cair 5 menit tanpa BI checking, klik {link}',
  'butuh dana cepat? gadai BPKB bunga rendah, hubungi admin {link}',
  'jual followers IG murah, 1000 followers 15rb, cek {link}',
  'promo kuota 50GB cuma 20rb!! klik {link}',
  'cuan jutaan per hari dari rumah, join grup telegram {link}',
  'RTP live 98% gampang JP, main di {link} 💰💰',
];

export const SPAM_LINK_PATHS = 'gacor88 maxwin promo daftar bonus cuan pinjamcepat followers'.split(' ');
