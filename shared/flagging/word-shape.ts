/*
 * How one written word is reduced to the form lists and the model compare: lower case, digits used as
 * letters read back (4nj1ng → anjing), and letter repeats squeezed (bodohhhh → bodoh). Squeezing every
 * run, not only long ones, is deliberate: "goblokk" and "gooblok" must meet "goblok", and lists are
 * squeezed the same way, so "maaf" → "maf" on both sides costs nothing.
 */

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'g',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** 10rb, 5jt, 50gb, 3x, 2km: a number with a unit, not letters in disguise. */
const NUMBER_WITH_UNIT = /^\d+[a-z]{1,3}$/;
/** anak2 = anak-anak: the 2 repeats the word; the word itself is what counts. */
const REDUPLICATED = /^[a-z]{2,}2$/;
const HAS_DIGIT_OR_SIGN = /[\d@$!]/;
const HAS_LETTER = /[a-z]/;

function readLeet(word: string): string {
  if (!HAS_DIGIT_OR_SIGN.test(word) || !HAS_LETTER.test(word)) return word;
  if (NUMBER_WITH_UNIT.test(word)) return word;
  if (REDUPLICATED.test(word)) return word.slice(0, -1);
  let out = '';
  for (const char of word) out += LEET[char] ?? char;
  return out;
}

const hasRun = (word: string): boolean => {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return true;
  return false;
};

/** Every run of one letter becomes one letter; digits stay (100 is not 10). */
export function squeeze(word: string): string {
  // Most words have no run: return them without building a new string.
  if (!hasRun(word)) return word;
  let out = '';
  let previous = '';
  for (let i = 0; i < word.length; i++) {
    const char = word[i] ?? '';
    if (char === previous && char >= 'a' && char <= 'z') continue;
    out += char;
    previous = char;
  }
  return out;
}

/**
 * The compared form of one already lower-cased word. Most words are plain letters with no repeat:
 * one pass over the characters finds that and returns them as they are, with no expression run.
 */
export function shapeWord(lowered: string): string {
  let plain = true;
  for (let i = 0; i < lowered.length && plain; i++) {
    const c = lowered.charCodeAt(i);
    plain = c >= 97 && c <= 122 && c !== lowered.charCodeAt(i + 1);
  }
  return plain ? lowered : squeeze(readLeet(lowered));
}

/** Particles glued to a word: "lubangnya", "cepatlah". */
const SUFFIXES = ['nya', 'lah', 'kah'];
/** Shorter remainders are other words ("dia" is not "di" + "a", "dinas" not "di" + "nas"). */
const MIN_STEM = 4;

/**
 * A light stem for list lookups, or undefined when the word has none: the passive "di-" and the
 * particles above come off ("disogok" → sogok, "sampahnya" → sampah). Lists then need one form per
 * word; full Indonesian stemming would cost more than it finds in short complaints.
 */
export function stemOf(word: string): string | undefined {
  // Cheap refusals first: too short, or neither "di…" nor a word ending like "…nya", "…lah", "…kah".
  if (word.length < MIN_STEM + 1) return undefined;
  const last = word.charCodeAt(word.length - 1);
  if (last !== 97 && last !== 104 && !word.startsWith('di')) return undefined;
  let stem = word;
  const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length - s.length >= MIN_STEM - 1);
  if (suffix !== undefined) stem = stem.slice(0, -suffix.length);
  if (stem.startsWith('di') && stem.length - 2 >= MIN_STEM) stem = stem.slice(2);
  return stem === word ? undefined : stem;
}
