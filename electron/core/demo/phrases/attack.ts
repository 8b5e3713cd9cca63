/** Accusations against a named person (always a fictional official): fitnah risk, not a grievance. */
export const ATTACK_PHRASES = [
  'Kadis {pejabat} korupsi dana jalan, rumahnya baru tiga',
  'Kabid {pejabat} itu tukang pungli, semua orang juga tahu',
  'camat {kec} si {pejabat} selingkuh sama stafnya, pecat!',
  'lurah {kel} {pejabat} jual beli bansos buat keluarganya sendiri',
  '{pejabat} petugas Disdukcapil minta uang pelicin 500 ribu, dasar maling',
  '{pejabat} dari PUPR main proyek, jalan jelek duitnya dia makan',
  'ijazah {pejabat} palsu, usut tuntas!',
  'si {pejabat} kepala UPT {makian}, kerjaannya cuma tidur di kantor',
];
