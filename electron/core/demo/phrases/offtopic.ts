/** Harmless chatter on the city's accounts: not a complaint, rejected as tidak relevan. */
export const OFF_TOPIC_PHRASES = [
  'min ada lowongan kerja tidak di pemkot?',
  'selamat pagi warga Tasik, semangat hari senin!',
  'ada yang tau bakso enak di sekitar {tempat}?',
  'Persib menang euy!! 🔥🔥',
  'jam berapa buka puasa hari ini di Tasik?',
  'ada yang jual kucing anggora di Tasik?',
  'hujan deras euy di {kec}, hati-hati di jalan semuanya',
  'min follback dong',
  'mantap min kontennya 👍',
  'wilujeng enjing sadayana',
  'kangen Tasik, sekarang merantau di Bandung 😭',
];
