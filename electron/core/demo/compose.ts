import { missingCase, strictAssert } from '../../../shared/assert.ts';
import type { Channel } from '../../../shared/index.ts';
import { isFormal } from './channels.ts';
import type { DemoCity } from './city.ts';
import { roughen } from './noise.ts';
import { preparePhrases, say, sayAny, type Phrase } from './phrase.ts';
import { ABUSE_PHRASES } from './phrases/abuse.ts';
import { ANGRY_CLOSERS, ANGRY_OPENERS } from './phrases/anger.ts';
import { ATTACK_PHRASES } from './phrases/attack.ts';
import * as framing from './phrases/framing.ts';
import { HOAX_PHRASES } from './phrases/hoax.ts';
import { OFF_TOPIC_PHRASES } from './phrases/offtopic.ts';
import { SPAM_PHRASES } from './phrases/spam.ts';
import type { Random } from './random.ts';
import type { Slots } from './template.ts';
import type { DemoTruth } from './truth.ts';

const BANKS = {
  abuse: preparePhrases(ABUSE_PHRASES),
  attack: preparePhrases(ATTACK_PHRASES),
  hoax: preparePhrases(HOAX_PHRASES),
  spam: preparePhrases(SPAM_PHRASES),
  offTopic: preparePhrases(OFF_TOPIC_PHRASES),
  angryOpeners: preparePhrases(ANGRY_OPENERS),
  angryClosers: preparePhrases(ANGRY_CLOSERS),
  casualOpeners: preparePhrases(framing.CASUAL_OPENERS),
  casualClosers: preparePhrases(framing.CASUAL_CLOSERS),
  formalOpeners: preparePhrases(framing.FORMAL_OPENERS),
  formalClosers: preparePhrases(framing.FORMAL_CLOSERS),
  phoneOpeners: preparePhrases(framing.PHONE_NOTE_OPENERS),
} as const;

/** Chat rarely punctuates between the grievance and the plea after it. */
const CHAT_BREAKS = [' ', ' ', ', ', '. ', '! '];

/** The grievance one valid report is about; several reporters of one problem share it. */
export function grievanceFor(random: Random, city: DemoCity, categoryId: string): Phrase {
  const phrases = city.phrases.get(categoryId);
  strictAssert(phrases, `no phrases for category ${categoryId}`);
  return random.pick(phrases);
}

/** How the next reporter of a known problem opens: often by saying so. */
export type Echo = 'first' | 'again';

/** A grievance as it arrives on a channel: framed, and typed formally, in chat or in anger. */
export function complaintText(
  random: Random,
  grievance: Phrase,
  channel: Channel,
  slots: Slots,
  tone: { angry: boolean; echo: Echo },
): string {
  const chatted = (chat: boolean) => {
    const said = say(random, grievance, slots, chat);
    return tone.echo === 'again' && random.chance(0.5)
      ? `${random.pick(framing.CLUSTER_ECHOES)} ${said}`
      : said;
  };
  if (tone.angry) {
    const opener = random.chance(0.55) ? `${sayAny(random, BANKS.angryOpeners, slots, true)} ` : '';
    const closer =
      opener === '' || random.chance(0.5)
        ? `${random.pick(CHAT_BREAKS)}${sayAny(random, BANKS.angryClosers, slots, true)}`
        : '';
    return roughen(`${opener}${chatted(true)}${closer}`, random, 'angry');
  }
  if (channel === 'telepon') {
    return roughen(`${sayAny(random, BANKS.phoneOpeners, slots, false)} ${chatted(false)}`, random, 'formal');
  }
  if (isFormal(channel)) {
    const opener = random.chance(0.6) ? `${sayAny(random, BANKS.formalOpeners, slots, false)} ` : '';
    const body = `${opener}${chatted(false)}`;
    if (!random.chance(0.6)) return roughen(body, random, 'formal');
    const stop = /[.?!]$/.test(body) ? ' ' : '. ';
    return roughen(`${body}${stop}${sayAny(random, BANKS.formalClosers, slots, false)}`, random, 'formal');
  }
  const opener = random.chance(0.45) ? `${sayAny(random, BANKS.casualOpeners, slots, true)} ` : '';
  const closer = random.chance(0.45)
    ? `${random.pick(CHAT_BREAKS)}${sayAny(random, BANKS.casualClosers, slots, true)}`
    : '';
  return roughen(`${opener}${chatted(true)}${closer}`, random, 'casual');
}

/** Text of an item that is not a grievance; the truth says which kind of noise. */
export function noiseText(
  random: Random,
  truth: Exclude<DemoTruth, 'valid' | 'valid_angry'>,
  slots: Slots,
): string {
  switch (truth) {
    case 'abuse':
      return roughen(sayAny(random, BANKS.abuse, slots, true), random, 'angry');
    case 'unfair_attack':
      return roughen(
        sayAny(random, BANKS.attack, slots, true),
        random,
        random.chance(0.5) ? 'angry' : 'casual',
      );
    case 'hoax':
      return roughen(sayAny(random, BANKS.hoax, slots, true), random, 'casual');
    case 'spam':
      // Pasted, not typed.
      return sayAny(random, BANKS.spam, slots, false);
    case 'off_topic':
      return roughen(sayAny(random, BANKS.offTopic, slots, true), random, 'casual');
    default:
      return missingCase(truth);
  }
}
