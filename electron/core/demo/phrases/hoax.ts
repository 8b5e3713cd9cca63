/** Chain-message hoaxes with the markers flagging looks for (sebarkan, grup sebelah, viralkan). */
export const HOAX_PHRASES = [
  'SEBARKAN!!! info dari grup sebelah, besok PDAM Tirta Sukapura mati total 7 hari se-Kota Tasik',
  'viralkan sebelum dihapus: ada penculikan anak dekat {tempat}, pelakunya pakai mobil putih',
  'katanya besok ada razia KTP besar-besaran di {jalan}, yang tidak bawa didenda 1 juta',
  'info A1 dari orang dalam: bansos Rp 2.500.000 cair, daftar lewat link {link} sebarkan ke grup keluarga',
  'pesan berantai: jembatan di {jalan} mau roboh, jangan lewat! sebarkan ke keluarga',
  'info dari grup sebelah, gempa besar terjadi malam ini jam 23.00 di Tasik kata BMKG. sebarkan!',
  'vaksin di Puskesmas {kec} katanya bikin mandul, jangan mau!! share ke grup keluarga',
  'PENTING: mulai besok KTP lama tidak berlaku, wajib ganti di kelurahan bayar 150 ribu. viralkan!',
  'katanya besok listrik padam total se-Priangan Timur 3 hari, siapkan lilin. forward ke semua',
];
