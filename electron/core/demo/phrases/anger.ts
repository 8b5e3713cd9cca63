/**
 * Mild insults written for this project (none copied from a dataset), in the alay spellings
 * flagging must recognise, and the frames that wrap a real grievance in anger at the city.
 */
export const INSULTS =
  'goblok gblk bego anjg 4nj1ng anjir bangsat bgst kampret tolol tll belegug gelo sompret bodohhh t4i'.split(
    ' ',
  );

/** Anger at a service or the city government: still a valid complaint (see flagging.md, the traps). */
export const ANGRY_OPENERS = [
  'pemkot lelet!',
  'dinas kerjanya apa sih?!',
  'parah pemkot ini,',
  '{makian} emang,',
  'kesel pisan!',
  'anjir,',
  'udah lapor berkali-kali dicuekin terus!',
  'WOY {dinas}!!',
  'ieu kumaha pemkot teh, gelo!',
];

export const ANGRY_CLOSERS = [
  'kerja dong jangan cuma foto-foto!',
  'pajak kami dipakai buat apa??',
  '{dinas} {makian}!!',
  'sudah lapor dari kapan tau dicuekin, {makian}',
  'jangan cuma janji waktu kampanye!',
  'malu sama kota tetangga',
  'punya pemkot kayak tidak punya',
];
