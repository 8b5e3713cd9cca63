/** Insults aimed at the desk or the city with no grievance in them: rejected as hujatan. */
export const ABUSE_PHRASES = [
  'pemkot {makian} semua',
  'admin {makian}, tidak ada gunanya',
  'dasar pegawai {makian}, makan gaji buta',
  '{makian} lu min',
  '{dinas} isinya orang {makian} semua',
  'b-e-g-o semua yang kerja di pemkot',
  'ngapain lapor ke sini, {makian} semua',
  'kalian teh {makian}, euweuh gunana',
  'akun {makian}, mending dihapus aja',
];
