import { missingCase } from '../../../shared/assert.ts';
import type { Random } from './random.ts';

/** How a text is written: full sentences, chat style, or chat style in anger. */
export type Register = 'formal' | 'casual' | 'angry';

/** Standard words → how people type them in chat (with a little Sundanese). */
const SLANG: Readonly<Record<string, readonly string[]>> = {
  tidak: ['ga', 'gak', 'nggak', 'tdk', 'teu'],
  sudah: ['udah', 'udh', 'sdh'],
  belum: ['belom', 'blm'],
  banget: ['bgt', 'bngt', 'pisan'],
  tolong: ['tlg', 'tolongg'],
  kapan: ['kpn'],
  yang: ['yg'],
  dengan: ['dgn'],
  karena: ['krn', 'soalnya'],
  saja: ['aja'],
  dekat: ['deket', 'dkt'],
  bagaimana: ['gimana', 'gmn'],
  saya: ['sy', 'aku'],
  sampai: ['sampe'],
  lagi: ['lg'],
  juga: ['jg'],
  untuk: ['buat', 'utk'],
  kalau: ['kalo', 'klo'],
  bisa: ['bs'],
  orang: ['org'],
  tapi: ['tp'],
  menunggu: ['nunggu'],
  kasihan: ['kasian'],
  segera: ['cepet'],
  dong: ['dong', 'donk'],
};
const SLANG_OF = new Map(Object.entries(SLANG));
const EMOJI = { casual: ['🙏', '😭', '🥲', '👍', '😔'], angry: ['😡', '🤬', '😤'] } as const;

/** Types standard words the way people chat; see phrase.ts for why this runs only at load. */
export function slangify(text: string, random: Random, rate: number): string {
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const options = SLANG_OF.get(words[i] ?? '');
    if (options && random.chance(rate)) words[i] = random.pick(options);
  }
  return words.join(' ');
}

const isLetter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';

/** One slip of the thumb: swapped, dropped or doubled letter. */
function typo(text: string, random: Random): string {
  const i = random.int(text.length - 1);
  const a = text[i];
  const b = text[i + 1];
  if (!isLetter(a) || !isLetter(b)) return text;
  switch (random.int(3)) {
    case 0:
      return text.slice(0, i) + b + a + text.slice(i + 2);
    case 1:
      return text.slice(0, i) + text.slice(i + 1);
    default:
      return text.slice(0, i) + a + text.slice(i);
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function asSentence(text: string): string {
  const trimmed = capitalise(text.trim());
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function chatStyle(text: string, random: Random): string {
  let out = random.chance(0.65) ? text.toLowerCase() : text;
  if (random.chance(0.4)) out = out.replaceAll(',', '');
  out = out.replace(/\.$/, '');
  return random.chance(0.12) ? `${out} ${random.pick(EMOJI.casual)}` : out;
}

/** Shouting: capitals, stretched last letters, a pile of exclamation marks. */
function angryStyle(text: string, random: Random): string {
  let out = random.chance(0.2) ? text.toUpperCase() : text.toLowerCase();
  if (random.chance(0.5))
    out = out.replace(/([a-zA-Z])([^a-zA-Z]*)$/, (_, c: string, tail: string) => c.repeat(3) + tail);
  if (random.chance(0.5)) out += '!!!';
  return random.chance(0.25) ? `${out} ${random.pick(EMOJI.angry)}` : out;
}

/** Makes a clean phrase read like it was typed by a citizen on the given register. */
export function roughen(text: string, random: Random, register: Register): string {
  // Links must stay intact, and spam is pasted, not typed.
  const typed = !text.includes('http');
  switch (register) {
    case 'formal':
      return asSentence(typed && random.chance(0.05) ? typo(text, random) : text);
    case 'casual':
    case 'angry': {
      let out = text;
      if (typed && random.chance(0.25)) out = typo(out, random);
      if (typed && random.chance(0.08)) out = typo(out, random);
      return register === 'casual' ? chatStyle(out, random) : angryStyle(out, random);
    }
    default:
      return missingCase(register);
  }
}
