import { slangify } from './noise.ts';
import { createRandom, type Random } from './random.ts';
import { compile, fill, type Slots, type Template } from './template.ts';

/** One phrase as written, and a few chat-typed versions of it ("tidak" → "ga", "sudah" → "udh"). */
export type Phrase = { written: Template; chatted: readonly Template[] };

const CHAT_VERSIONS = 4;
const SLANG_RATE = 0.6;

/**
 * Prepared once at load with a fixed seed: picking a ready version per item is far cheaper than
 * re-typing every text, and the user's seed still decides which version each item gets.
 */
export function preparePhrases(sources: readonly string[]): readonly Phrase[] {
  const typist = createRandom(0x5a41);
  return sources.map((source) => ({
    written: compile(source),
    chatted: Array.from({ length: CHAT_VERSIONS }, () => compile(slangify(source, typist, SLANG_RATE))),
  }));
}

/** The phrase's text for one item: as written (formal channels) or as chatted. */
export function say(random: Random, phrase: Phrase, slots: Slots, chat: boolean): string {
  return fill(chat ? random.pick(phrase.chatted) : phrase.written, slots);
}

/** A random phrase of a bank, said one way or the other. */
export function sayAny(random: Random, bank: readonly Phrase[], slots: Slots, chat: boolean): string {
  return say(random, random.pick(bank), slots, chat);
}
