/** Valid complaints about public services, plus the two non-complaint types: ideas and questions. */
export const SERVICE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  adminduk: [
    'KTP saya sudah {lama} belum jadi, katanya blangko habis',
    'urus KK di Disdukcapil antrinya dari subuh, sistemnya offline terus',
    'akta kelahiran anak saya belum jadi padahal sudah {lama}',
    'pindah domisili ke {kel} prosesnya lama, bolak-balik ke kantor',
    'KTP elektronik rusak minta cetak ulang disuruh menunggu {lama}',
  ],
  kesehatan: [
    'antrian di Puskesmas {kec} panjang banget, dokternya cuma satu',
    'pelayanan IGD RSUD dr. Soekardjo lama, pasien menunggu berjam-jam',
    'ambulans tidak bisa dihubungi waktu darurat di {kel}',
    'kartu BPJS ditolak di puskesmas, katanya harus ke faskes lain',
    'banyak kasus DBD di {rt} {kel}, minta fogging',
  ],
  pendidikan: [
    'atap kelas SD di {kel} bocor, anak-anak belajar kehujanan',
    'PPDB zonasi kacau, rumah dekat {tempat} tapi anak tidak diterima',
    'pungutan seragam di sekolah dekat {tempat} mahal, katanya wajib',
    'toilet sekolah di {kel} rusak dan bau, kasihan anak-anak',
  ],
  bansos: [
    'bansos tidak tepat sasaran di {rt} {kel}, yang mampu dapat yang miskin tidak',
    'nama ibu saya hilang dari DTKS padahal tahun lalu dapat PKH',
    'BLT belum cair sudah {lama}, di {kel} tetangga sudah',
    'beras bantuan di {kel} kualitasnya jelek, berkutu',
  ],
  'pelayanan-publik': [
    'pelayanan di kantor kelurahan {kel} lambat, petugasnya sering tidak ada di tempat',
    'website pemkot error terus, mau cek perizinan tidak bisa',
    'urus izin usaha di MPP katanya online tapi tetap disuruh datang',
    'call center pemkot tidak pernah diangkat',
    'petugas loket di Kecamatan {kec} judes, ditanya malah marah',
  ],
  informasi: [
    'mau tanya, jadwal pengangkutan sampah di {kel} hari apa saja?',
    'izin bertanya, syarat bikin KTP untuk pemula apa saja ya?',
    'kapan jadwal imunisasi di Puskesmas {kec}?',
    'info dong, pendaftaran PPDB tahun ini kapan dibuka?',
    'mau tanya cara daftar bansos bagaimana ya?',
    'apakah {jalan} akan ditutup saat perbaikan? sampai kapan?',
  ],
  aspirasi: [
    'usul, dekat {tempat} dipasang CCTV biar tidak ada yang buang sampah sembarangan',
    'saran, Taman Kota dibuka sampai malam dan ditambah lampu biar aman buat keluarga',
    'alangkah baiknya kalau ada jalur sepeda di {jalan}',
    'mohon dipertimbangkan bank sampah di tiap RW di {kel}',
    'ide: Alun-alun dikasih pojok baca buat anak-anak',
    'usulan angkot dibuat terjadwal dan ada halte di {jalan}',
    'bagaimana kalau Situ Gede dibenahi jadi tempat wisata keluarga yang bersih',
  ],
};
